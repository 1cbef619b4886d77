import { describe, expect, it } from 'vitest';
import { diagnosisFor, STORY_A_INPUT } from './brief.test-data.ts';
import { prefillBrief } from './prefill-brief.ts';
import { renderBriefMarkdown } from './render-markdown.ts';

const headingsOf = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,3} /.test(line));

describe('renderBriefMarkdown', () => {
  const brief = prefillBrief({ ...STORY_A_INPUT, owner: 'Jana Krüger' });

  it('prints the German brief in the order of the brief page', () => {
    const markdown = renderBriefMarkdown(brief, 'de');
    expect(headingsOf(markdown)).toEqual([
      '# Verlangen: Als zu teuer wahrgenommen – OptiScan × Automotive',
      '## Ziel',
      '### Lückenrechnung',
      '## Zielgruppe',
      '## Barrieren und Belege',
      '## Botschaftshaus',
      '### Säule 1: Wert statt Preis',
      '### Säule 2: Klar unterscheidbar',
      '## AIDA-Plan',
      '### Aufmerksamkeit',
      '### Interesse',
      '### Verlangen ★ Ziel-Stufe',
      '### Handlung',
      '## Tonalität',
      '## Handlungsaufforderung',
      '## KPIs',
      '## Zeitplan',
      '## Budget und Verantwortung',
    ]);
    expect(markdown).toContain('Bereich: OptiScan × Automotive · Stand: 01.10.2026');
    expect(markdown).toContain(
      '1. Wert je neuer Opportunity = Gewinnquote × Ø Auftragswert = 28 % × 36.000 € = 10.080 €',
    );
    expect(markdown).toContain('| Neue Opportunities pro Woche | 14,2 | 32,3 | aus der Lückenrechnung |');
    expect(markdown).toContain('- Verantwortlich: Jana Krüger _(bearbeitet)_');
    expect(markdown).toContain('- Budget: _offen_ _(Platzhalter – bitte ausfüllen)_');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('prints the same structure in English with English words and formats', () => {
    const markdown = renderBriefMarkdown(brief, 'en');
    expect(headingsOf(markdown).map((line) => line.split(' ')[0])).toEqual(
      headingsOf(renderBriefMarkdown(brief, 'de')).map((line) => line.split(' ')[0]),
    );
    expect(headingsOf(markdown)).toContain('## Message house');
    expect(headingsOf(markdown)).toContain('### Desire ★ objective stage');
    expect(markdown).toContain('Scope: OptiScan × Automotive · As of: 1 Oct 2026');
    expect(markdown).toContain('| Barrier | Share | AIDA | Addressed | Evidence |');
    expect(markdown).toContain('| Win rate | 32% | 35% | catalogue default |');
    expect(markdown).toContain('To close the projected €700,000 shortfall by the end of 2026-Q4');
  });

  it('keeps table rows intact when evidence contains pipes', () => {
    const markdown = renderBriefMarkdown(brief, 'de');
    const row = markdown.split('\n').find((line) => line.startsWith('| Als zu teuer wahrgenommen'));
    expect(row).toBe(
      '| Als zu teuer wahrgenommen | 61 % | Verlangen | ja | „Lumetra bietet vergleichbares System für rund 30 % weniger \\| Angebot“ |',
    );
  });

  it('prints a source once for a run of proof points from the same barrier, and none on request', () => {
    const markdown = renderBriefMarkdown(brief, 'en');
    const pillar = markdown.split('### Pillar 1')[1]?.split('###')[0] ?? '';
    expect(pillar.match(/_\(from diagnosis/g)).toHaveLength(2);
    expect(renderBriefMarkdown(brief, 'en', { withSources: false })).not.toContain('_(');
  });

  it('opens with a warning when no campaign is advised', () => {
    const noCampaign = prefillBrief({
      ...STORY_A_INPUT,
      diagnosis: diagnosisFor('service_issue', 'not_a_campaign_problem'),
    });
    const markdown = renderBriefMarkdown(noCampaign, 'de');
    expect(markdown).toMatch(/^# Kein Kampagnenthema: Service \/ Betreuung – OptiScan × Automotive/);
    expect(markdown).toContain('> ⚠ **Keine Kampagne empfohlen');
    expect(markdown).toContain('- **AIDA-Stufe:** keine');
    expect(markdown).toContain('- Service / Betreuung (55 %) → den Service');
    expect(headingsOf(markdown).some((line) => line.includes('★'))).toBe(false);
  });
});
