-- Low-score follow-ups are looked up by survey (survey page, satisfaction stats).
-- CreateIndex
CREATE INDEX "Task_surveyId_idx" ON "Task"("surveyId");
