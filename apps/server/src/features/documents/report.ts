import type { DocumentRecommendation } from '@tatabbu/db';
import type { ReportGrouping, ReportType, UiLocale, Vocabulary } from '@tatabbu/domain';
import { HeadingLevel, type Paragraph, type Table, TableOfContents } from 'docx';
import { type DocKit, docKit, packDocx } from './docx-kit.js';
import { DOC_STRINGS, REPORT_TITLES } from './strings.js';

const GROUP_VOCABULARIES: Record<ReportGrouping, Vocabulary[]> = {
  // The national framework's axes are how the mechanism clusters recommendations.
  cluster: ['axis'],
  theme: ['uhri_theme'],
};

interface Group {
  title: string;
  sort: string;
  recommendations: DocumentRecommendation[];
}

/**
 * Each recommendation under the first term of the grouping's vocabulary it has (a report tells each
 * recommendation once), the unclassified last; groups in code order, recommendations in key order.
 */
export function groupRecommendations(
  recommendations: readonly DocumentRecommendation[],
  grouping: ReportGrouping,
  kit: DocKit,
  lang: UiLocale,
): Group[] {
  const groups = new Map<string, Group>();
  const other: Group = { title: DOC_STRINGS.otherGroup[lang], sort: '\uffff', recommendations: [] };
  for (const r of recommendations) {
    const term = r.terms.find((t) => GROUP_VOCABULARIES[grouping].includes(t.vocabulary));
    if (!term) {
      other.recommendations.push(r);
      continue;
    }
    let group = groups.get(term.id);
    if (!group) {
      const name = kit.name(term.name);
      group = {
        title: term.code && grouping === 'cluster' ? `${term.code}. ${name}` : name,
        sort: term.code ?? name,
        recommendations: [],
      };
      groups.set(term.id, group);
    }
    group.recommendations.push(r);
  }
  const sorted = [...groups.values()].sort((a, b) => a.sort.localeCompare(b.sort, lang, { numeric: true }));
  return other.recommendations.length ? [...sorted, other] : sorted;
}

function recommendationBlock(r: DocumentRecommendation, kit: DocKit, lang: UiLocale): Paragraph[] {
  const institutions = kit.list(r.institutions.map((i) => kit.name(i.name)));
  const blocks: Paragraph[] = [
    kit.paragraph(r.key, { heading: HeadingLevel.HEADING_2 }),
    kit.paragraph(kit.name(r.text)),
    kit.labelled(DOC_STRINGS.status[lang], kit.status(r.status)),
    kit.labelled(DOC_STRINGS.institutions[lang], institutions),
    kit.paragraph(DOC_STRINGS.updates[lang], { bold: true, keepNext: true }),
  ];
  if (r.updates.length === 0)
    blocks.push(kit.paragraph([kit.run(DOC_STRINGS.noUpdate[lang], { italics: true })]));
  for (const u of r.updates) {
    blocks.push(
      kit.paragraph([
        kit.run(
          `${kit.name(u.institution)} — ${kit.name(u.roundTitle)} (${kit.date(u.validatedAt)})${kit.colon}`,
          {
            bold: true,
          },
        ),
        kit.run(kit.name(u.narrative)),
      ]),
    );
  }
  return blocks;
}

/**
 * A report draft (UPR national or mid-term report, treaty-body report) in one language: title, a
 * table of contents (a field Word and LibreOffice fill in), the recommendations by group with their
 * validated updates, and an annex table of them all.
 */
export async function buildReport(
  recommendations: readonly DocumentRecommendation[],
  options: { lang: UiLocale; reportType: ReportType; grouping: ReportGrouping; now?: Date },
): Promise<Buffer> {
  const { lang } = options;
  const kit = docKit(lang);
  const title = REPORT_TITLES[options.reportType][lang];
  const groups = groupRecommendations(recommendations, options.grouping, kit, lang);
  const body: (Paragraph | Table | TableOfContents)[] = [
    kit.paragraph(title, { heading: HeadingLevel.TITLE }),
    kit.labelled(DOC_STRINGS.generatedOn[lang], kit.date((options.now ?? new Date()).toISOString())),
    kit.labelled(DOC_STRINGS.recommendationsCount[lang], String(recommendations.length)),
    kit.paragraph([kit.run(DOC_STRINGS.draftNote[lang], { italics: true })]),
    kit.paragraph(DOC_STRINGS.toc[lang], { bold: true }),
    new TableOfContents(DOC_STRINGS.toc[lang], { hyperlink: true, headingStyleRange: '1-1' }),
    kit.paragraph([kit.run(DOC_STRINGS.tocHint[lang], { italics: true, size: 18 })]),
  ];
  for (const group of groups) {
    body.push(kit.paragraph(group.title, { heading: HeadingLevel.HEADING_1 }));
    for (const r of group.recommendations) body.push(...recommendationBlock(r, kit, lang));
  }
  body.push(kit.paragraph(DOC_STRINGS.annex[lang], { heading: HeadingLevel.HEADING_1 }));
  body.push(
    kit.table(
      [DOC_STRINGS.key[lang], DOC_STRINGS.text[lang], DOC_STRINGS.status[lang], DOC_STRINGS.lead[lang]],
      recommendations.map((r) => [
        r.key,
        kit.name(r.text),
        kit.status(r.status),
        r.institutions
          .filter((i) => i.role === 'lead')
          .map((i) => kit.name(i.name))
          .join('\n'),
      ]),
      [1800, 4600, 1400, 1800],
    ),
  );
  const tocEntries = [...groups.map((g) => g.title), DOC_STRINGS.annex[lang]];
  return packDocx(lang, title, [{ properties: {}, children: body }], tocEntries);
}
