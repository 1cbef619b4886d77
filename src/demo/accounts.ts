/**
 * Customer accounts with German company names, one pool per segment × region. A few accounts buy often (a
 * skewed pick), most once or twice — like a real Mittelstand customer base.
 */
import { createRandom, deriveSeed, type Random, samplePick, sampleWeightedIndex } from '../core/random.ts';
import { SEGMENTS } from './company.ts';
import { REGIONS } from './sales-team.ts';

const SURNAMES = [
  'Bergmann',
  'Hartmann',
  'Krüger',
  'Vogel',
  'Lehmann',
  'Brandes',
  'Hofmeister',
  'Kuhn',
  'Seidel',
  'Winkler',
  'Lorenz',
  'Ziegler',
  'Albrecht',
  'Franke',
  'Pohl',
  'Engel',
  'Haas',
  'Sauer',
  'Böhm',
  'Voigt',
  'Kessel',
  'Reuter',
  'Stein',
  'Thiel',
  'Graf',
  'Wendt',
  'Jäger',
  'Heinrich',
  'Brückner',
  'Dietrich',
  'Falk',
  'Ritter',
  'Moll',
  'Kaiser',
  'Lindner',
  'Scholz',
  'Kraus',
  'Ebert',
  'Schäfer',
  'Gerlach',
  'Rösler',
  'Wolff',
] as const;

const ACRONYMS = [
  'AWK',
  'HTM',
  'KMS',
  'BPW',
  'RTS',
  'GKN',
  'SLT',
  'MWB',
  'TFK',
  'EMZ',
  'HKP',
  'DVT',
] as const;

const LEGAL_FORMS = ['GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'SE', 'e.K.'] as const;
const LEGAL_WEIGHTS = [0.55, 0.25, 0.08, 0.07, 0.02, 0.03];

/** About 1,800 accounts in all; each pool gets its share of the business. */
const TOTAL_ACCOUNTS = 1_800;
const SEGMENT_ACCOUNT_SHARE = [0.32, 0.36, 0.18, 0.14];

function composeName(random: Random, segmentIndex: number, regionIndex: number): string {
  const noun = samplePick(random, SEGMENTS[segmentIndex]!.accountNouns);
  const legal = LEGAL_FORMS[sampleWeightedIndex(random, LEGAL_WEIGHTS)]!;
  const region = REGIONS[regionIndex]!;
  const pattern = Math.floor(random.next() * 10);
  if (pattern < 4) return `${samplePick(random, SURNAMES)} ${noun} ${legal}`;
  if (pattern < 6) return `${samplePick(random, region.cityAdjectives)} ${noun} ${legal}`;
  if (pattern < 7) return `${samplePick(random, SURNAMES)} & ${samplePick(random, SURNAMES)} ${legal}`;
  if (pattern < 8) return `${samplePick(random, ACRONYMS)} ${noun} ${legal}`;
  if (pattern < 9) return `${noun} ${samplePick(random, region.cities)} ${legal}`;
  return `${samplePick(random, SURNAMES)} ${noun}`;
}

/** Account names per `segmentIndex * REGIONS.length + regionIndex`, unique across all pools. */
export function generateAccountPools(seed: number): string[][] {
  const random = createRandom(deriveSeed(seed, 'accounts'));
  const seen = new Set<string>();
  const pools: string[][] = [];
  SEGMENTS.forEach((_segment, segmentIndex) => {
    REGIONS.forEach((region, regionIndex) => {
      const size = Math.max(
        20,
        Math.round(TOTAL_ACCOUNTS * SEGMENT_ACCOUNT_SHARE[segmentIndex]! * region.share),
      );
      const pool: string[] = [];
      for (let attempt = 0; pool.length < size && attempt < size * 20; attempt++) {
        const name = composeName(random, segmentIndex, regionIndex);
        if (seen.has(name)) continue;
        seen.add(name);
        pool.push(name);
      }
      pools.push(pool);
    });
  });
  return pools;
}

/** A skewed pick: the first accounts of a pool are the regulars that buy again and again. */
export function pickAccount(random: Random, pool: readonly string[]): string {
  return pool[Math.floor(pool.length * random.next() ** 1.7)]!;
}
