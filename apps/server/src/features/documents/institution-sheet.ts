import type { InstitutionSheetData } from '@tatabbu/db';
import type { UiLocale } from '@tatabbu/domain';
import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { docKit, packDocx } from './docx-kit.js';
import { DOC_STRINGS, ROLE_LABELS } from './strings.js';

/** One institution on a page or two: what it holds, what it has done, what it owes. */
export async function buildInstitutionSheet(
  data: InstitutionSheetData,
  lang: UiLocale,
  now = new Date(),
): Promise<Buffer> {
  const kit = docKit(lang);
  const institution = kit.name(data.institution.name);
  const title = `${DOC_STRINGS.sheetTitle[lang]}${kit.colon}${institution}`;
  const body: (Paragraph | Table)[] = [
    kit.paragraph(title, { heading: HeadingLevel.TITLE }),
    kit.labelled(DOC_STRINGS.generatedOn[lang], kit.date(now.toISOString())),
    kit.paragraph(`${DOC_STRINGS.holds[lang]} (${data.holds.length})`, { heading: HeadingLevel.HEADING_1 }),
  ];
  body.push(
    data.holds.length
      ? kit.table(
          [DOC_STRINGS.key[lang], DOC_STRINGS.text[lang], DOC_STRINGS.role[lang], DOC_STRINGS.status[lang]],
          data.holds.map((h) => [h.key, kit.name(h.text), ROLE_LABELS[h.role][lang], kit.status(h.status)]),
          [1800, 5000, 1200, 1600],
        )
      : kit.paragraph(DOC_STRINGS.nothing[lang]),
  );
  body.push(
    kit.paragraph(`${DOC_STRINGS.done[lang]} (${data.done.length})`, { heading: HeadingLevel.HEADING_1 }),
  );
  if (data.done.length === 0) body.push(kit.paragraph(DOC_STRINGS.nothing[lang]));
  for (const u of data.done) {
    body.push(
      kit.paragraph(`${u.key} — ${kit.status(u.proposedStatus)}`, { heading: HeadingLevel.HEADING_2 }),
      kit.paragraph([
        kit.run(`${kit.name(u.roundTitle)} (${kit.date(u.validatedAt)})${kit.colon}`, { bold: true }),
        kit.run(kit.name(u.narrative)),
      ]),
    );
  }
  body.push(
    kit.paragraph(`${DOC_STRINGS.owes[lang]} (${data.owes.length})`, { heading: HeadingLevel.HEADING_1 }),
  );
  body.push(
    data.owes.length
      ? kit.table(
          [
            DOC_STRINGS.key[lang],
            DOC_STRINGS.round[lang],
            DOC_STRINGS.deadline[lang],
            DOC_STRINGS.status[lang],
          ],
          data.owes.map((o) => [
            o.key,
            kit.name(o.roundTitle),
            `${kit.date(o.deadline)}${o.overdue ? ` (${DOC_STRINGS.overdue[lang]})` : ''}`,
            kit.status(o.status),
          ]),
          [1800, 3800, 2400, 1600],
        )
      : kit.paragraph(DOC_STRINGS.nothing[lang]),
  );
  return packDocx(lang, title, [{ properties: {}, children: body }]);
}
