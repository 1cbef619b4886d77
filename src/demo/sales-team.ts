/** The sales organisation of the demo company: three regions, one team each, twelve reps. */

export interface DemoRegion {
  name: string;
  share: number;
  team: string;
  cities: readonly string[];
  /** City adjectives for account names ("Bremer Feinkost GmbH"). */
  cityAdjectives: readonly string[];
}

export const REGIONS: readonly DemoRegion[] = [
  {
    name: 'Nord',
    share: 0.3,
    team: 'Team Nord',
    cities: ['Hamburg', 'Bremen', 'Hannover', 'Kiel', 'Lübeck', 'Oldenburg', 'Osnabrück'],
    cityAdjectives: ['Hamburger', 'Bremer', 'Hannoversche', 'Kieler', 'Lübecker', 'Oldenburger'],
  },
  {
    name: 'Süd',
    share: 0.4,
    team: 'Team Süd',
    cities: ['München', 'Stuttgart', 'Augsburg', 'Regensburg', 'Ulm', 'Ingolstadt', 'Nürnberg'],
    cityAdjectives: ['Münchner', 'Stuttgarter', 'Augsburger', 'Regensburger', 'Ulmer', 'Nürnberger'],
  },
  {
    name: 'West',
    share: 0.3,
    team: 'Team West',
    cities: ['Köln', 'Düsseldorf', 'Dortmund', 'Essen', 'Aachen', 'Bielefeld', 'Münster'],
    cityAdjectives: ['Kölner', 'Düsseldorfer', 'Dortmunder', 'Essener', 'Aachener', 'Bielefelder'],
  },
];

export interface DemoRep {
  name: string;
  team: string;
  /** Relative share of the team's deals. */
  weight: number;
  /** Multiplies the pass probability of the late stages (Angebot, Verhandlung). */
  skill: number;
}

export const REPS: readonly DemoRep[] = [
  { name: 'Jana Schulz', team: 'Team Nord', weight: 1.2, skill: 1.06 },
  { name: 'Lars Petersen', team: 'Team Nord', weight: 1.0, skill: 1.0 },
  { name: 'Katrin Hoffmann', team: 'Team Nord', weight: 0.9, skill: 0.95 },
  { name: 'Sönke Jansen', team: 'Team Nord', weight: 0.7, skill: 0.97 },
  { name: 'Andreas Huber', team: 'Team Süd', weight: 1.3, skill: 1.04 },
  { name: 'Sabine Maier', team: 'Team Süd', weight: 1.1, skill: 1.08 },
  { name: 'Florian Gruber', team: 'Team Süd', weight: 0.9, skill: 0.94 },
  { name: 'Verena Lechner', team: 'Team Süd', weight: 0.8, skill: 1.0 },
  { name: 'Thomas Becker', team: 'Team West', weight: 1.1, skill: 1.02 },
  { name: 'Julia Schmitz', team: 'Team West', weight: 1.0, skill: 1.05 },
  { name: 'Markus Wagner', team: 'Team West', weight: 1.0, skill: 0.96 },
  { name: 'Nicole Krämer', team: 'Team West', weight: 0.8, skill: 0.98 },
];

export const TEAMS = ['Team Nord', 'Team Süd', 'Team West'] as const;
