import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "./client-ip";
import { verifyCredentials } from "./credentials";

const credentialsInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyCredentials(parsed.data.username, parsed.data.password, clientIp(req?.headers));
        // next-auth passes a thrown message to the client as `error`; the login page localizes it
        // ("RateLimited:<seconds to wait>", see components/shell/login-form.tsx).
        if (!result.ok && result.reason === "rateLimited") throw new Error(`RateLimited:${result.retryAfterSeconds}`);
        if (!result.ok) return null;
        return { id: result.user.id, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token; role, org and active flag are read fresh per request
    // (lib/auth/session.ts), so a deactivation or role change takes effect immediately.
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};
