/**
 * Mapping rules from UPR Info issue labels (the "Issue" column of the UPR Info database) to the
 * English names of UHRI themes and affected persons (data/reference/uhri), for the issues that do
 * not carry a UHRI name already. One issue may give a theme and a group ("Women's rights").
 * Covers the most frequent issues of sessions 1–12; others are matched by name or reported.
 */
export const UPR_INFO_ISSUES: Record<string, string[]> = {
  'International instruments': ['Ratification of & accession to international instruments'],
  "Women's rights": ['Women', 'Discrimination against women'],
  'Rights of the Child': ['Children', 'Children: definition; general principles; protection'],
  'Torture and other CID treatment': ['Prohibition of torture & cruel, inhuman or degrading treatment'],
  Justice: ['Administration of justice & fair trial'],
  Detention: ['Conditions of detention', 'Persons deprived of their liberty & detainees'],
  'Human rights education and training': ['Human rights education, trainings & awareness raising'],
  'Death penalty': ['Right to life'],
  Minorities: ['Members of minorities'],
  'Special procedures': ['Cooperation with human rights mechanisms & requests for technical assistance'],
  'Treaty bodies': ['Cooperation & Follow up with Treaty Bodies'],
  Labour: ['Labour rights and right to work'],
  NHRI: ['National Human Rights Institution (NHRI)'],
  'Technical assistance and cooperation': [
    'Inter-State cooperation & development or humanitarian assistance',
  ],
  Trafficking: ['Human trafficking & contemporary forms of slavery'],
  Disabilities: ['Persons with disabilities'],
  'ESC rights - general': ['Economic, social & cultural rights - general measures of implementation'],
  'Freedom of opinion and expression': ['Freedom of opinion and expression & access to information'],
  'Freedom of the press': ['Freedom of opinion and expression & access to information', 'Media'],
  'Sexual Orientation and Gender Identity': [
    'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)',
  ],
  Poverty: ['Human rights & poverty', 'Persons living in poverty'],
  'Freedom of religion and belief': ['Freedom of thought, conscience & religion'],
  'Civil society': ['Civil society'],
  'Enforced disappearances': ['Enforced disappearances'],
  'Asylum-seekers - refugees': ['Refugees & asylum seekers'],
  'CP rights - general': ['Civil & political rights - general measures of implementation'],
  Development: ['Right to development'],
  'Human rights violations by state agents': ['Law enforcement / police & prison officials'],
  'Human rights defenders': ['Human rights defenders'],
  'Freedom of association and peaceful assembly': ['Fundamental freedoms'],
  'National plan of action': [
    'National Human Rights Action Plans (or specific areas) / implementation plans',
  ],
  'International humanitarian law': [
    'International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)',
  ],
  'Right to food': ['Right to an adequate standard of living'],
  'Right to housing': ['Right to adequate housing'],
  'Right to water': ['Safe drinking water & sanitation'],
  'Indigenous peoples': ['Indigenous peoples'],
  'Racial discrimination': ['Racial discrimination'],
  Impunity: ['Rule of law & impunity'],
  Corruption: ['Good governance & corruption'],
  Elections: ['Right to participate in public affairs & right to vote'],
  'Right to health': ['Right to health'],
  'Right to education': ['Right to education'],
  Migrants: ['Migrants'],
};
