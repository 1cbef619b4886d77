/**
 * English lost-reason and churn vocabulary per barrier (syntax in lexicon.ts). "n't" arrives as "not"
 * ("didn't see the value" → "did not see the value").
 */
import type { LexiconSource } from './lexicon.ts';

export const LEXICON_EN: LexiconSource = {
  awareness_low: `
    never|not heard:3, not know us|we:3, nobody knew:2.5, unknown:1:s, not aware:1.5:s,
    brand|vendor|company unknown:3, unknown brand|vendor|company:3, awareness|visibility:2:a,
    name recognition:3:a, radar|shortlist*|longlist*:2:n, short|long list:2:n, not invited:2.5,
    not considered:1.5:s, found us late:2.5, presence:1.5:a,
  `,
  benefits_unknown: `
    not see|grasp|recogni*|appreciat* value|benefit*|point|difference:3, value unclear:3, unclear value:3,
    value not clear:3, value proposition|added value:2:a, value:1:a, benefit*:1.5:a, roi:2:a,
    return on investment:2:a, business case:2:a, differentiat*:1.5:a, difference:1:a, unclear:1:s,
    not clear:1:s, unclear what|why|how:2:s, not understand*:2:s, not convinced:1:s, justify:1:s,
  `,
  no_need_seen: `
    no need:3, not need:2.5, interest:2:a, no|not interest:3, use case:2:a, status quo:3, do nothing:2.5,
    current|existing solution|system|setup|process:2, happy|satisfied with current|existing:2.5,
    continue* to use:1.5:s, stick*|stuck with:1.5:s, keep* using:1.5:s, no pain:2.5,
    reason change|switch:2.5:a, keep*|kept:1:s, spreadsheet*|excel:1:s,
  `,
  price_perceived_high: `
    pric*:1.5, overpric*:3, too expensive:3, expensive:2, cost*:1, costly:2, cheap*:2, cheaper*:3,
    lower|better pric*:3, high* pric*:3, pric* high*:3, too high:1.5:s, afford*:2.5:a, unafford*:3,
    discount*:2.5, quot*:1.5, above|over|higher competit*:3, invest*:1, charg*:1.5, extra charg*:2.5,
    fee:1.5, over|above budget:3, exceed* budget:3, budget exceed*:3, value for money:3, tco:1.5,
    total cost:2, pric* increas*:3, on pric*:3,
  `,
  competitor_preferred: `
    competitor*:2, competition:2, competing:2, won|awarded:1.5:s, rival*:2, incumbent*:3,
    other|another|different|alternative vendor*|provider*|supplier*|solution*:2.5,
    went|go|gone|going with:1.5:s, chose|choose|chosen|selected|picked:1:s, instead:1:s, lost to:1.5:s,
    signed with:2:s, bought from:2:s, switch* to:1.5:s, stay with:1.5:s, in house:3, inhouse|diy:3,
    built|build|building own:2.5, own solution:2, better:1, superior:2, market leader:1.5, prefer*:1.5:s,
  `,
  trust_risk: `
    trust*:2:a, distrust*|mistrust*:2.5, risk*:1.5, referenc*:2:a, case stud*:1.5:a, track record:2.5:a,
    reputation*:2, credib*:2:a, too small|young:2.5, small vendor|company:2.5, startup*:1.5, start up:1.5,
    security:1.5:a, insecur*:2, data protection:2, privacy|gdpr:2, compliance:1.5:a, certif*:1.5:a,
    doubt*:1.5, worr*:1.5, longevity:2, comfortable:2:n, skeptic*|sceptic*:2, unproven:2.5,
    financial* stab*:3, viability:2:a, uncertain*:1.5, confidence:1.5:a,
  `,
  purchase_friction: `
    lead|delivery time*:3, deliver*:1.5:a, shipping:1.5, backorder*:2, out of stock:2.5, late deliver*:3,
    delivery delay*:3, contract*:1, contract* term*|length|duration|period:2.5, terms and conditions:2.5,
    legal*:1.5, liabilit*|clause*|indemnit*:2, procurement:2, purchasing:1.5, paperwork|bureaucra*:2.5,
    red tape:3, approval:1.5, process*:1, complicat*|complex*:1:s, effort:2, implementation:1,
    migration:1.5, switch* cost*:3, onboarding:1.5, payment term*:3,
    minimum order|term*|commitment|volume:2.5, commitment:1, lock in:2.5, lockin:2.5, notice period:2.5,
    sla:1.5, rfp|tender:1:s, too long:1:s,
  `,
  budget_timing: `
    budget*:2:a, no budget:3, fund:2:a, timing:2.5, wrong|bad time:2.5, right time:2.5:a, not now:2,
    postpon*|defer*:3, delay*:1.5, on hold:3, paus*|froz*|freez*:2, shelv*:3,
    next year|quarter|fiscal|budget:2.5, fiscal year:1.5, later*:1.5, too early:2, no decision:3,
    decision delay*:3, priorit*:2:a, cancel*:1.5, cost cut*|saving*:3, cut* cost*|budget*|spend*:3,
    cutback*|layoff*:2.5, restructur*|reorg*:2.5, merger|acquisition|acquired:1.5, no response:2,
    stopped respond*:2, went dark:2.5, ghost*:2.5, no time:3, no money:3, stall*:2, champion left:2.5,
    revisit|reconnect:2, circle back:2, bandwidth|capacity|resourc*:1.5:a, economic*|recession:1.5,
  `,
  product_gap: `
    feature*|function*:1.5:a, missing|lack*:1.5:s, not support*:2.5, support* for:2.5,
    missing|lack*|without support*:2.5, unsupported:2, integrat*|interface*|api|connector*:1.5:a,
    requirement*:2:a, not meet*:1.5:s, not fit*:2, fit:1.5:a, not suitable:2, unsuitable:2, quality:1.5:a,
    poor quality:2.5, bug*|defect*|crash*|outage*|downtime:2, reliab*:1.5:a, unreliab*|unstable|instabil*:2,
    too slow:2.5, slow:1:s, performance|scalab*|compatib*|usability:1.5:a, incompatib*:2,
    user friendly:1.5:a, clunky:2, hard|difficult to use:2.5, customi*:1:a, product*:1:s, dissatisf*:1:s,
    limited:1.5:s, range of servic*|product*:2.5, portfolio|coverage:1.5:a, network:1:s, not possible:1:s,
    not work*|run*|handl*|cope:1.5:s, technical*|device*|hardware:1:s,
  `,
  service_issue: `
    support*:2:a, servic*:2:a, self service:2.5, customer care|service:2.5, help desk:2,
    helpdesk|hotline|ticket*:1.5, call center|centre:2, account manag*:1.5:a,
    rude*|unfriendly|unhelpful|impolite|incompetent:2.5, attitude*|arrogan*:2, response time*:2.5,
    slow response*:2.5, unresponsive:2, expertise:1.5:a, competence:1:a, complaint*|escalat*:1.5,
    training:1:a, communicat*:1,
  `,
};

export const NEUTRAL_EN: readonly string[] = ['productiv*', 'processor*', 'competitive*'];
