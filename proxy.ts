import { withAuth } from "next-auth/middleware";

// First fence only: pages and server actions check the session, permission and scope again.
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!api/auth|login|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
