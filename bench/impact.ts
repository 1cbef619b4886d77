/**
 * Impact benchmark (`npx tsx bench/impact.ts [--quick] [--runs N] [--seed S] [--pre-weeks W]`): simulated
 * campaigns with a planted lift of 0, +10 and +20 % over 13 effect weeks at demo volumes (10–20 events a week
 * per scope, 3–5 sibling controls sharing a market shock, seasonality, own trends, NB noise), evaluated with
 * evaluateImpact. JSON on stdout, progress on stderr.
 *
 * - coverage: share of runs whose 95 % interval holds the planted lift (target ≥ 0.9);
 * - falseWorkedRate: `worked` at 0 % (target ≤ 0.05);
 * - power10 / power20: `worked` at +10 % / +20 %;
 * - oraclePower10 / 20: what a test knowing the counterfactual mean exactly could reach with the same noise;
 * - power10At26Weeks / power20At26Weeks, poorControlWarningRate and goodControlWarningRate (not with --quick).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { addDays } from '../src/core/calendar.ts';
import { evaluateImpact } from '../src/core/impact/evaluate-impact.ts';
import { type SimulateCampaignInput, simulateCampaign } from '../src/core/impact/simulate-campaign.ts';
import { createRandom, deriveSeed, type Random } from '../src/core/random.ts';

const LIFTS = [0, 0.1, 0.2] as const;
const EFFECT_WEEKS = 13;
/** Mean weekly volume of the simulated scopes (uniform 10–20) and their NB size, for the oracle power. */
const MEAN_VOLUME = 15;
const NB_SIZE = 20;

interface Scenario {
  runs: number;
  seed: number;
  preWeeks: number;
  effectWeeks: number;
  replicates: number;
  lift: number;
  extra?: Partial<SimulateCampaignInput>;
}

interface Tally {
  runs: number;
  covered: number;
  worked: number;
  noEffect: number;
  inconclusive: number;
  controlWarnings: number;
  sumEffect: number;
}

function drawStart(random: Random): string {
  return addDays('2025-01-06', 7 * Math.floor(random.next() * 52));
}

function runScenario(scenario: Scenario): Tally {
  const random = createRandom(deriveSeed(scenario.seed, `lift:${scenario.lift}:${scenario.effectWeeks}`));
  const tally: Tally = {
    runs: 0,
    covered: 0,
    worked: 0,
    noEffect: 0,
    inconclusive: 0,
    controlWarnings: 0,
    sumEffect: 0,
  };
  for (let run = 0; run < scenario.runs; run++) {
    const simulated = simulateCampaign({
      random,
      lift: scenario.lift,
      startOn: drawStart(random),
      preWeeks: scenario.preWeeks,
      effectWeeks: scenario.effectWeeks,
      controls: 3 + Math.floor(random.next() * 3),
      ...scenario.extra,
    });
    const evaluation = evaluateImpact({
      window: simulated.window,
      kpis: [simulated.kpi],
      asOf: addDays(simulated.window.endOn, 1),
      seed: run,
      replicates: scenario.replicates,
    });
    const kpi = evaluation.kpis[0];
    const interval = kpi?.controls?.interval;
    tally.runs++;
    if (interval && interval.low <= scenario.lift && scenario.lift <= interval.high) tally.covered++;
    tally.sumEffect += kpi?.controls?.effect ?? 0;
    if (evaluation.verdict === 'worked') tally.worked++;
    else if (evaluation.verdict === 'no_effect') tally.noEffect++;
    else tally.inconclusive++;
    const isControlWarning = (code: string) => code === 'pre_trend_diverges' || code === 'low_correlation';
    if (evaluation.warnings.some((warning) => isControlWarning(warning.code))) tally.controlWarnings++;
  }
  return tally;
}

/** Normal CDF (Abramowitz–Stegun 7.1.26 on erf), enough for a reference figure. */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** One-sided 2.5 % test of log(Σ actual / Σ known counterfactual) with NB noise only. */
function computeOraclePower(lift: number, weeks: number): number {
  const total = MEAN_VOLUME * weeks;
  const sd = Math.sqrt(weeks * (MEAN_VOLUME + MEAN_VOLUME ** 2 / NB_SIZE)) / total;
  return normalCdf(Math.log1p(lift) / sd - 1.96);
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Runs the benchmark and returns its figures (`npm run bench -- impact`). */
export async function runImpactBenchmark(args: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string' },
      seed: { type: 'string', default: '2026' },
      'pre-weeks': { type: 'string', default: '104' },
    },
  });
  const quick = values.quick ?? false;
  const base = {
    runs: Number(values.runs ?? (quick ? 200 : 1000)),
    seed: Number(values.seed),
    preWeeks: Number(values['pre-weeks']),
    effectWeeks: EFFECT_WEEKS,
    replicates: quick ? 1000 : 2000,
  };
  const started = performance.now();
  const byLift = LIFTS.map((lift) => {
    process.stderr.write(`lift ${lift * 100} %: ${base.runs} runs …\n`);
    return runScenario({ ...base, lift });
  });
  const [zero, ten, twenty] = byLift as [Tally, Tally, Tally];
  const covered = byLift.reduce((sum, tally) => sum + tally.covered, 0);
  const result: Record<string, unknown> = {
    runs: byLift.reduce((sum, tally) => sum + tally.runs, 0),
    coverage: round(covered / (3 * base.runs)),
    falseWorkedRate: round(zero.worked / zero.runs),
    power10: round(ten.worked / ten.runs),
    power20: round(twenty.worked / twenty.runs),
    oraclePower10: round(computeOraclePower(0.1, EFFECT_WEEKS)),
    oraclePower20: round(computeOraclePower(0.2, EFFECT_WEEKS)),
    byLift: LIFTS.map((lift, index) => {
      const tally = byLift[index] as Tally;
      return {
        lift,
        coverage: round(tally.covered / tally.runs),
        meanEffect: round(tally.sumEffect / tally.runs),
        worked: round(tally.worked / tally.runs),
        noEffect: round(tally.noEffect / tally.runs),
        inconclusive: round(tally.inconclusive / tally.runs),
      };
    }),
    goodControlWarningRate: round(zero.controlWarnings / zero.runs),
    preWeeks: base.preWeeks,
    effectWeeks: EFFECT_WEEKS,
    replicates: base.replicates,
  };
  if (!quick) Object.assign(result, runExtras(base));
  result.seconds = round((performance.now() - started) / 1000);
  return result;
}

function runExtras(base: Omit<Scenario, 'lift'>): Record<string, number> {
  const runs = Math.round(base.runs / 2);
  process.stderr.write(`26 effect weeks and poor controls: ${runs} runs each …\n`);
  const long = (lift: number) => runScenario({ ...base, runs, lift, effectWeeks: 26 });
  const poorTrend = runScenario({ ...base, runs, lift: 0, extra: { targetExtraGrowth: 0.25 } });
  const poorSeason = runScenario({ ...base, runs, lift: 0, extra: { controlSeasonSign: -1 } });
  return {
    power10At26Weeks: round(long(0.1).worked / runs),
    power20At26Weeks: round(long(0.2).worked / runs),
    poorTrendWarningRate: round(poorTrend.controlWarnings / runs),
    poorTrendFalseWorkedRate: round(poorTrend.worked / runs),
    poorSeasonWarningRate: round(poorSeason.controlWarnings / runs),
    poorSeasonFalseWorkedRate: round(poorSeason.worked / runs),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runImpactBenchmark(process.argv.slice(2));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
