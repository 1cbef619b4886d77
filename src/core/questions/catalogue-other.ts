/**
 * Catalogue questions for the Action stage, for the barriers outside the funnel (product, service: a campaign
 * cannot move them, so asking about them is how a diagnosis rules them in or out), and across barriers.
 */
import { BARRIER_KEYS } from '../aida.ts';
import { BARRIER_LABELS } from './labels.ts';
import type { ChoiceOption, QuestionDefinition } from './types.ts';

const BARRIER_OPTIONS: readonly ChoiceOption[] = BARRIER_KEYS.map((barrier) => ({
  key: barrier,
  label: BARRIER_LABELS[barrier],
  barrier,
}));

export const ACTION_AND_OUTSIDE_QUESTIONS: readonly QuestionDefinition[] = [
  {
    key: 'purchase_friction.stalled_late',
    barrier: 'purchase_friction',
    aidaStage: 'action',
    answerType: 'scale',
    text: {
      de: 'Wie oft hakte es kurz vor dem Abschluss an Einkauf, Vertrag oder Lieferzeit?',
      en: 'How often did a deal stall just before closing over purchasing, contract or delivery time?',
    },
  },
  {
    key: 'purchase_friction.where_it_stalled',
    barrier: 'purchase_friction',
    aidaStage: 'action',
    answerType: 'multi_choice',
    text: { de: 'Woran hakte es?', en: 'Where did it stall?' },
    options: [
      {
        key: 'supplier_approval',
        label: { de: 'Lieferantenfreigabe, Einkaufsprozess', en: 'Supplier approval, purchasing process' },
        barrier: 'purchase_friction',
      },
      {
        key: 'contract_terms',
        label: { de: 'Vertragsbedingungen', en: 'Contract terms' },
        barrier: 'purchase_friction',
      },
      {
        key: 'delivery_time',
        label: { de: 'Lieferzeit', en: 'Delivery time' },
        barrier: 'purchase_friction',
      },
      {
        key: 'payment_terms',
        label: { de: 'Zahlungsbedingungen', en: 'Payment terms' },
        barrier: 'purchase_friction',
      },
      {
        key: 'budget_approval',
        label: { de: 'Budgetfreigabe', en: 'Budget approval' },
        barrier: 'budget_timing',
      },
    ],
  },
  {
    key: 'budget_timing.no_budget_heard',
    barrier: 'budget_timing',
    aidaStage: 'action',
    answerType: 'scale',
    text: {
      de: 'Wie oft fehlte dem Kunden das Budget, oder es war der falsche Zeitpunkt?',
      en: 'How often did the customer lack the budget, or was it the wrong time?',
    },
  },
  {
    key: 'budget_timing.postponed_share',
    barrier: 'budget_timing',
    aidaStage: 'action',
    answerType: 'share',
    text: {
      de: 'Welcher Anteil Ihrer verlorenen oder stockenden Deals wurde verschoben statt abgesagt (in %)?',
      en: 'What share of your lost or stalled deals were postponed rather than cancelled (in %)?',
    },
  },
  {
    key: 'product_gap.requirement_missing',
    barrier: 'product_gap',
    aidaStage: null,
    answerType: 'scale',
    text: {
      de: 'Wie oft erfüllte unser Produkt eine Anforderung des Kunden nicht?',
      en: 'How often did our product fail to meet a customer requirement?',
    },
  },
  {
    key: 'product_gap.missing_share',
    barrier: 'product_gap',
    aidaStage: null,
    answerType: 'share',
    text: {
      de: 'Bei welchem Anteil Ihrer verlorenen Deals fehlte eine Funktion oder passte das Produkt nicht (in %)?',
      en: 'In what share of your lost deals was a feature missing, or did the product not fit (in %)?',
    },
  },
  {
    key: 'product_gap.which_requirement',
    barrier: 'product_gap',
    aidaStage: null,
    answerType: 'text',
    text: {
      de: 'Welche Anforderung oder Funktion fehlte genau?',
      en: 'Which requirement or feature was missing, exactly?',
    },
  },
  {
    key: 'service_issue.complaints_heard',
    barrier: 'service_issue',
    aidaStage: null,
    answerType: 'scale',
    text: {
      de: 'Wie oft beschwerten sich Kunden über Service, Support oder Betreuung?',
      en: 'How often did customers complain about service, support or account care?',
    },
  },
  {
    key: 'service_issue.what_went_wrong',
    barrier: 'service_issue',
    aidaStage: null,
    answerType: 'text',
    text: { de: 'Was genau lief im Service schief?', en: 'What exactly went wrong in service?' },
  },
];

export const CROSS_QUESTIONS: readonly QuestionDefinition[] = [
  {
    key: 'cross.most_frequent_reasons',
    barrier: null,
    aidaStage: null,
    answerType: 'multi_choice',
    maxChoices: 3,
    text: {
      de: 'Welche Gründe hören Sie am häufigsten, wenn Kunden nicht kaufen? (bis zu 3)',
      en: 'Which reasons do you hear most often when customers do not buy? (up to 3)',
    },
    options: BARRIER_OPTIONS,
  },
  {
    key: 'cross.main_reason_last_loss',
    barrier: null,
    aidaStage: null,
    answerType: 'single_choice',
    text: {
      de: 'Was war der Hauptgrund bei Ihrem zuletzt verlorenen Deal?',
      en: 'What was the main reason for your most recently lost deal?',
    },
    options: BARRIER_OPTIONS,
  },
  {
    key: 'cross.competitors_named',
    barrier: null,
    aidaStage: null,
    answerType: 'competitor',
    text: {
      de: 'Welche Wettbewerber kamen in Ihren Gesprächen vor – und was fanden Kunden dort besser?',
      en: 'Which competitors came up in your conversations – and what did customers like better there?',
    },
  },
  {
    key: 'cross.customer_quote',
    barrier: null,
    aidaStage: null,
    answerType: 'text',
    text: {
      de: 'Wie hat ein Kunde den wichtigsten Grund in eigenen Worten gesagt?',
      en: 'How did a customer put the main reason in their own words?',
    },
  },
  {
    key: 'cross.what_would_help',
    barrier: null,
    aidaStage: null,
    answerType: 'text',
    text: {
      de: 'Was würde Ihnen im Kundengespräch am meisten helfen – ein Argument, eine Referenz, Material?',
      en: 'What would help you most in customer conversations – an argument, a reference, material?',
    },
  },
];
