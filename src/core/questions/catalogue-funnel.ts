/**
 * Catalogue questions for the barriers a campaign can move at the Attention, Interest and Desire stages
 * (DESIGN §3). Per barrier, the first question is the one a proposal asks first: a share or scale question,
 * because those give a number. Scale questions are worded so that "more often" means "more of this barrier".
 */
import type { QuestionDefinition } from './types.ts';

export const FUNNEL_QUESTIONS: readonly QuestionDefinition[] = [
  {
    key: 'awareness_low.unknown_before_contact',
    barrier: 'awareness_low',
    aidaStage: 'attention',
    answerType: 'scale',
    text: {
      de: 'Wie oft kannten Kunden unser Unternehmen vor dem ersten Kontakt nicht?',
      en: 'How often did customers not know our company before the first contact?',
    },
  },
  {
    key: 'awareness_low.not_on_shortlist',
    barrier: 'awareness_low',
    aidaStage: 'attention',
    answerType: 'share',
    text: {
      de: 'Bei wie viel Prozent Ihrer verlorenen Deals standen wir nicht auf der Shortlist oder kamen zu spät ins Spiel?',
      en: 'In what percentage of your lost deals were we not on the shortlist, or came in too late?',
    },
  },
  {
    key: 'awareness_low.vendors_considered',
    barrier: 'awareness_low',
    aidaStage: 'attention',
    answerType: 'text',
    text: {
      de: 'Welche Anbieter hatten Kunden sonst auf dem Zettel – und woher kannten sie diese?',
      en: 'Which other vendors did customers have on their list – and where had they heard of them?',
    },
  },
  {
    key: 'benefits_unknown.benefit_unclear',
    barrier: 'benefits_unknown',
    aidaStage: 'interest',
    answerType: 'scale',
    text: {
      de: 'Wie oft war Kunden nicht klar, welchen Nutzen unsere Lösung ihnen bringt?',
      en: 'How often were customers unclear about what our solution would do for them?',
    },
  },
  {
    key: 'benefits_unknown.least_known_advantage',
    barrier: 'benefits_unknown',
    aidaStage: 'interest',
    answerType: 'text',
    text: {
      de: 'Welchen unserer Vorteile kannten Kunden am wenigsten – und welches Argument hat gefehlt?',
      en: 'Which of our advantages did customers know least – and which argument was missing?',
    },
  },
  {
    key: 'no_need_seen.no_need_heard',
    barrier: 'no_need_seen',
    aidaStage: 'interest',
    answerType: 'scale',
    text: {
      de: 'Wie oft sahen Kunden keinen Bedarf für eine Lösung wie unsere?',
      en: 'How often did customers see no need for a solution like ours?',
    },
  },
  {
    key: 'no_need_seen.what_customers_said',
    barrier: 'no_need_seen',
    aidaStage: 'interest',
    answerType: 'single_choice',
    text: {
      de: 'Was sagten Kunden ohne Bedarf am häufigsten?',
      en: 'What did customers without a need say most often?',
    },
    options: [
      {
        key: 'current_solution_enough',
        label: { de: 'Die bestehende Lösung reicht', en: 'The current solution is good enough' },
        barrier: 'no_need_seen',
      },
      {
        key: 'problem_not_seen',
        label: { de: 'Sie sehen das Problem nicht', en: 'They do not see the problem' },
        barrier: 'no_need_seen',
      },
      {
        key: 'benefit_not_clear',
        label: { de: 'Der Nutzen ist ihnen nicht klar', en: 'The benefit is not clear to them' },
        barrier: 'benefits_unknown',
      },
      {
        key: 'not_now',
        label: { de: 'Vielleicht später, jetzt nicht', en: 'Maybe later, not now' },
        barrier: 'budget_timing',
      },
      { key: 'dont_know', label: { de: 'Weiß nicht', en: "Don't know" }, barrier: null },
    ],
  },
  {
    key: 'price_perceived_high.lost_on_price',
    barrier: 'price_perceived_high',
    aidaStage: 'desire',
    answerType: 'share',
    text: {
      de: 'Welchen Anteil Ihrer verlorenen Deals haben wir über den Preis verloren (in %)?',
      en: 'What share of your lost deals did we lose on price (in %)?',
    },
  },
  {
    key: 'price_perceived_high.too_expensive_heard',
    barrier: 'price_perceived_high',
    aidaStage: 'desire',
    answerType: 'scale',
    text: {
      de: 'Wie oft hörten Sie von Kunden, wir seien zu teuer?',
      en: 'How often did customers tell you we were too expensive?',
    },
  },
  {
    key: 'price_perceived_high.price_expectation',
    barrier: 'price_perceived_high',
    aidaStage: 'desire',
    answerType: 'price_point',
    text: {
      de: 'Welchen Preis hatte der Kunde erwartet – und was war unser Angebot?',
      en: 'What price did the customer expect – and what did we offer?',
    },
  },
  {
    key: 'competitor_preferred.lost_to_competitor',
    barrier: 'competitor_preferred',
    aidaStage: 'desire',
    answerType: 'share',
    text: {
      de: 'Welchen Anteil Ihrer verlorenen Deals hat ein Wettbewerber gewonnen, weil er als besser galt (in %)?',
      en: 'What share of your lost deals went to a competitor seen as better (in %)?',
    },
  },
  {
    key: 'competitor_preferred.which_competitor',
    barrier: 'competitor_preferred',
    aidaStage: 'desire',
    answerType: 'competitor',
    text: {
      de: 'An welchen Wettbewerber haben Sie verloren – und was war dort besser?',
      en: 'Which competitor did you lose to – and what was better there?',
    },
  },
  {
    key: 'competitor_preferred.competitor_better_heard',
    barrier: 'competitor_preferred',
    aidaStage: 'desire',
    answerType: 'scale',
    text: {
      de: 'Wie oft hielten Kunden einen Wettbewerber für besser als uns?',
      en: 'How often did customers think a competitor was better than us?',
    },
  },
  {
    key: 'trust_risk.doubts_heard',
    barrier: 'trust_risk',
    aidaStage: 'desire',
    answerType: 'scale',
    text: {
      de: 'Wie oft zweifelten Kunden, ob wir oder unser Produkt halten, was wir versprechen?',
      en: 'How often did customers doubt that we or our product would deliver what we promise?',
    },
  },
  {
    key: 'trust_risk.concerns',
    barrier: 'trust_risk',
    aidaStage: 'desire',
    answerType: 'multi_choice',
    text: { de: 'Welche Bedenken hörten Sie?', en: 'Which concerns did you hear?' },
    options: [
      {
        key: 'no_references',
        label: { de: 'Keine passenden Referenzen', en: 'No relevant references' },
        barrier: 'trust_risk',
      },
      {
        key: 'switching_risk',
        label: { de: 'Risiko der Umstellung', en: 'Risk of switching' },
        barrier: 'trust_risk',
      },
      {
        key: 'company_unknown',
        label: { de: 'Anbieter zu klein oder zu unbekannt', en: 'Vendor too small or too little known' },
        barrier: 'trust_risk',
      },
      {
        key: 'security_compliance',
        label: { de: 'Sicherheit, Datenschutz, Zulassung', en: 'Security, data protection, certification' },
        barrier: 'trust_risk',
      },
      {
        key: 'delivery_capability',
        label: { de: 'Lieferfähigkeit', en: 'Ability to deliver' },
        barrier: 'purchase_friction',
      },
    ],
  },
];
