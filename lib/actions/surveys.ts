"use server";
// Satisfaction surveys: recording one survey's answers, opening a campaign, and the template editor.
import { action } from "@/lib/actions/client";
import { createCampaign } from "@/lib/data/surveys/campaigns";
import { recordSurvey } from "@/lib/data/surveys/surveys";
import { createTemplate, setTemplateActive, updateTemplate } from "@/lib/data/surveys/templates";
import { campaignFormValues, campaignInput, recordSurveyFormValues, recordSurveyInput } from "@/lib/validation/survey";
import { saveTemplateInput, templateFormValues, templateToggleInput } from "@/lib/validation/survey-template";

export const recordSurveyAction = action({
  input: recordSurveyInput,
  messages: "surveys",
  permission: "survey.record",
  fromForm: recordSurveyFormValues,
  // A refusal for the answers names each question not answered properly (`fields`, by question id).
  run: (actor, input) => recordSurvey(actor, input),
  revalidate: (input) => [`/surveys/${input.surveyId}`, "/surveys", "/tasks"],
});

export const createCampaignAction = action({
  input: campaignInput,
  messages: "surveys",
  permission: "survey.manage",
  fromForm: campaignFormValues,
  run: (actor, input) => createCampaign(actor, input),
  revalidate: () => ["/surveys"],
  success: (data) => ({ key: "campaignForm.done", params: { created: data.created, matched: data.matched } }),
});

export const saveTemplateAction = action({
  input: saveTemplateInput,
  messages: "surveys",
  permission: "survey.manage",
  fromForm: templateFormValues,
  run: (actor, { id, ...template }) => (id ? updateTemplate(actor, id, template) : createTemplate(actor, template)),
  revalidate: () => ["/surveys/templates"],
  redirect: () => "/surveys/templates",
});

export const toggleTemplateAction = action({
  input: templateToggleInput,
  messages: "surveys",
  permission: "survey.manage",
  run: (actor, input) => setTemplateActive(actor, input.id, input.active),
  revalidate: () => ["/surveys/templates"],
});
