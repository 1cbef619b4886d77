/**
 * The fictional company behind the demo: Lindenau Sensortechnik GmbH, a German Mittelstand maker of industrial
 * sensors and automation, selling four product lines to four target groups through three regional teams.
 * Everything here is configuration as data; the generator reads it, nothing else does.
 */

export const COMPANY = { name: 'Lindenau Sensortechnik GmbH', slug: 'demo' } as const;

export interface DemoProduct {
  name: string;
  /** Median new-business deal size in euros and the log-normal spread (sd of ln amount). */
  medianEuros: number;
  sigma: number;
  /** Multiplies every stage duration: vision and software projects take longer than sensors. */
  cycleFactor: number;
  /** Share of won deals that come with a yearly contract (service, licence, inspection) that renews. */
  contractShare: number;
  /** Yearly contract value as a share of the original deal. */
  contractValueShare: number;
  contractLabel: string;
  projects: readonly string[];
}

export const PRODUCTS: readonly DemoProduct[] = [
  {
    name: 'OptiScan',
    medianEuros: 36_000,
    sigma: 0.65,
    cycleFactor: 1.15,
    contractShare: 0.08,
    contractValueShare: 0.12,
    contractLabel: 'Servicevertrag',
    projects: [
      'Inline-Prüfung',
      'Oberflächeninspektion',
      'Retrofit Kamerasystem',
      'Codelesung',
      'Montagekontrolle',
    ],
  },
  {
    name: 'PressLine',
    medianEuros: 12_500,
    sigma: 0.6,
    cycleFactor: 0.8,
    contractShare: 0.15,
    contractValueShare: 0.15,
    contractLabel: 'Kalibrierservice',
    projects: ['Drucküberwachung', 'Hygienic-Sensoren', 'Kraftmessung Presse', 'Leckprüfung', 'Ersatzbedarf'],
  },
  {
    name: 'SafeZone',
    medianEuros: 21_000,
    sigma: 0.55,
    cycleFactor: 1.0,
    contractShare: 0.2,
    contractValueShare: 0.1,
    contractLabel: 'Prüfservice',
    projects: [
      'Lichtgitter Zelle',
      'Absicherung Roboterzelle',
      'Zugangsschutz',
      'Nachrüstung CE',
      'Palettierer',
    ],
  },
  {
    name: 'NetLink IoT',
    medianEuros: 27_000,
    sigma: 0.75,
    cycleFactor: 1.3,
    contractShare: 0.55,
    contractValueShare: 0.25,
    contractLabel: 'Lizenz',
    projects: [
      'Condition Monitoring',
      'Pilot Werk 2',
      'Energiemonitoring',
      'Rollout Gateways',
      'OEE-Dashboard',
    ],
  },
];

export interface DemoSegment {
  name: string;
  /** Multiplies deal size. */
  sizeFactor: number;
  /** Multiplies stage durations (regulated buyers decide more slowly). */
  cycleFactor: number;
  accountNouns: readonly string[];
}

export const SEGMENTS: readonly DemoSegment[] = [
  {
    name: 'Automotive',
    sizeFactor: 1.25,
    cycleFactor: 1.05,
    accountNouns: [
      'Fahrzeugtechnik',
      'Automotive Systems',
      'Antriebstechnik',
      'Präzisionsteile',
      'Karosseriebau',
    ],
  },
  {
    name: 'Maschinenbau',
    sizeFactor: 1.0,
    cycleFactor: 1.0,
    accountNouns: ['Maschinenbau', 'Anlagenbau', 'Fördertechnik', 'Werkzeugmaschinen', 'Hydraulik'],
  },
  {
    name: 'Lebensmittel',
    sizeFactor: 0.8,
    cycleFactor: 0.95,
    accountNouns: ['Feinkost', 'Molkerei', 'Backwaren', 'Getränke', 'Süßwaren', 'Fleischwaren'],
  },
  {
    name: 'Medizintechnik',
    sizeFactor: 1.1,
    cycleFactor: 1.25,
    accountNouns: ['Medizintechnik', 'Dentaltechnik', 'Labortechnik', 'Orthopädietechnik', 'Diagnostics'],
  },
];

/**
 * Share of new opportunities per product (rows, PRODUCTS order) × segment (columns, SEGMENTS order). OptiScan in
 * Automotive is the flagship (about 12 new opportunities a week), small cells see about one a week.
 */
export const OPPORTUNITY_SHARE: readonly (readonly number[])[] = [
  [0.19, 0.1, 0.04, 0.03],
  [0.06, 0.1, 0.06, 0.04],
  [0.05, 0.1, 0.03, 0.02],
  [0.04, 0.07, 0.04, 0.03],
];

/** Kessler is the broad domestic rival, Lumetra the low-cost vision entrant of story (a). */
export const COMPETITORS = ['Kessler Sensorik', 'Brennwald Automation', 'Lumetra', 'Vexor Systems'] as const;
