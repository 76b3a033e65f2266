/**
 * Mechanism codes (as in data/reference/mechanisms.json) from how sources name a body, and from
 * document symbols.
 */

/** Lower-cased names and acronyms, English and French, as UHRI and UN documents write them. */
const BODY_NAMES: Record<string, string[]> = {
  UPR: ['upr', 'epu', 'universal periodic review', 'examen périodique universel', 'الاستعراض الدوري الشامل'],
  CCPR: ['ccpr', 'hrc', 'human rights committee', "comité des droits de l'homme"],
  CESCR: [
    'cescr',
    'committee on economic, social and cultural rights',
    'comité des droits économiques, sociaux et culturels',
  ],
  CERD: [
    'cerd',
    'committee on the elimination of racial discrimination',
    "comité pour l'élimination de la discrimination raciale",
  ],
  CEDAW: [
    'cedaw',
    'committee on the elimination of discrimination against women',
    "comité pour l'élimination de la discrimination à l'égard des femmes",
  ],
  CAT: ['cat', 'committee against torture', 'comité contre la torture'],
  SPT: ['spt', 'subcommittee on prevention of torture', 'sous-comité pour la prévention de la torture'],
  CRC: ['crc', 'committee on the rights of the child', "comité des droits de l'enfant"],
  CMW: [
    'cmw',
    'committee on migrant workers',
    'committee on the protection of the rights of all migrant workers and members of their families',
    'comité des travailleurs migrants',
  ],
  CRPD: [
    'crpd',
    'committee on the rights of persons with disabilities',
    'comité des droits des personnes handicapées',
  ],
  CED: ['ced', 'committee on enforced disappearances', 'comité des disparitions forcées'],
};

const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s*\([^)]*\)\s*$/, '') // "… Women (CEDAW)" → "… Women"
    .replace(/\s+/g, ' ')
    .trim();

const CODE_BY_NAME = new Map(
  Object.entries(BODY_NAMES).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
);

/** A code that is already one (e.g. "SR-FOOD" of a special procedure) passes through unchanged. */
const CODE_SHAPE = /^[A-Z][A-Z0-9-]{1,39}$/;

/** The mechanism code of a body name or acronym; undefined when not recognised. */
export function mechanismOfBody(body: string): string | undefined {
  const trimmed = body.trim();
  const acronym = /\(([A-Z][A-Za-z]{1,9})\)\s*$/.exec(trimmed)?.[1];
  return (
    CODE_BY_NAME.get(normaliseName(trimmed)) ??
    (acronym ? CODE_BY_NAME.get(acronym.toLowerCase()) : undefined) ??
    (CODE_SHAPE.test(trimmed) ? trimmed : undefined)
  );
}

/** Document-symbol prefixes and the mechanism whose documents they number. */
const SYMBOL_PREFIXES: [RegExp, string][] = [
  [/^A\/HRC\//, 'UPR'],
  [/^CEDAW\/C\//, 'CEDAW'],
  [/^CRC\/C\//, 'CRC'],
  [/^CCPR\/C\//, 'CCPR'],
  [/^E\/C\.12\//, 'CESCR'],
  [/^CAT\/OP\//, 'SPT'],
  [/^CAT\/C\//, 'CAT'],
  [/^CERD\/C\//, 'CERD'],
  [/^CRPD\/C\//, 'CRPD'],
  [/^CMW\/C\//, 'CMW'],
  [/^CED\/C\//, 'CED'],
];

export function mechanismOfSymbol(symbol: string): string | undefined {
  return SYMBOL_PREFIXES.find(([prefix]) => prefix.test(symbol))?.[1];
}

/** A UN document symbol of a UPR report or of concluding observations, anywhere in a text. */
export const DOCUMENT_SYMBOL =
  /\b(?:A\/HRC\/\d+\/\d+(?:\/Add\.\d+)?|(?:CEDAW|CRC|CCPR|CAT|CERD|CRPD|CMW|CED)\/C\/[A-Z]{3}\/CO\/\d+(?:-\d+)?(?:\/Add\.\d+)?|E\/C\.12\/[A-Z]{3}\/CO\/\d+(?:-\d+)?|CAT\/OP\/[A-Z]{3}\/\d+)/;
