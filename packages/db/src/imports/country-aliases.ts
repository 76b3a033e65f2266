/**
 * Short and former names of States that sources use and the UN names do not give (UPR Info writes
 * "DPR Korea", "St Lucia", "Swaziland", "Macedonia FYR" …), by ISO 3166-1 alpha-2. Added to the
 * names of the countries table when imports resolve a State.
 */
export const COUNTRY_ALIASES: Record<string, readonly string[]> = {
  US: ['United States', 'USA', 'US'],
  GB: ['United Kingdom', 'UK', 'Great Britain'],
  TR: ['Turkey', 'Turkiye'],
  SY: ['Syria'],
  KP: ['DPR Korea', 'DPRK', 'North Korea'],
  KR: ['South Korea', 'Republic of Korea'],
  CD: ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo DR'],
  CG: ['Republic of Congo', 'Congo Brazzaville'],
  SZ: ['Swaziland'],
  LC: ['St Lucia'],
  VC: ['St Vincent & the Grenadines', 'St Vincent and the Grenadines'],
  KN: ['St Kitts & Nevis', 'St Kitts and Nevis'],
  MD: ['Moldova'],
  MK: ['Macedonia FYR', 'FYR Macedonia', 'Macedonia', 'The former Yugoslav Republic of Macedonia'],
  IR: ['Iran'],
  RU: ['Russia'],
  VE: ['Venezuela'],
  BO: ['Bolivia'],
  TZ: ['Tanzania'],
  VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos', 'Lao PDR'],
  CZ: ['Czech Republic'],
  CV: ['Cape Verde'],
  BN: ['Brunei'],
  FM: ['Micronesia'],
  PS: ['Palestine', 'State of Palestine'],
  VA: ['Holy See', 'Vatican'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  TL: ['East Timor', 'Timor Leste'],
  MM: ['Burma'],
};
