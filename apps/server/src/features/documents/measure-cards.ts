import type { MeasureCardsData } from '@tatabbu/db';
import type { UiLocale } from '@tatabbu/domain';
import { HeadingLevel, type Paragraph, type Table } from 'docx';
import { docKit, packDocx } from './docx-kit.js';
import { DOC_STRINGS, ROLE_LABELS } from './strings.js';

/** The cards of a plan's measures, one after the other, each starting on its own heading. */
export async function buildMeasureCards(
  data: MeasureCardsData,
  lang: UiLocale,
  onCard: (done: number) => void = () => {},
  now = new Date(),
): Promise<Buffer> {
  const kit = docKit(lang);
  const title = `${DOC_STRINGS.cardsTitle[lang]}${kit.colon}${kit.name(data.plan.name)}`;
  const body: (Paragraph | Table)[] = [
    kit.paragraph(title, { heading: HeadingLevel.TITLE }),
    kit.labelled(DOC_STRINGS.generatedOn[lang], kit.date(now.toISOString())),
  ];
  for (const [index, card] of data.cards.entries()) {
    body.push(
      kit.paragraph(`${card.number} ${kit.name(card.name)}`.trim(), { heading: HeadingLevel.HEADING_1 }),
      kit.labelled(DOC_STRINGS.number[lang], card.number),
      kit.labelled(
        DOC_STRINGS.axis[lang],
        card.axis ? `${card.axis.number}. ${kit.name(card.axis.name)}` : '',
      ),
      kit.labelled(DOC_STRINGS.description[lang], kit.name(card.description)),
      kit.labelled(DOC_STRINGS.objectives[lang], kit.name(card.objectives)),
      kit.labelled(
        DOC_STRINGS.institutions[lang],
        kit.list(card.institutions.map((i) => `${kit.name(i.name)} (${ROLE_LABELS[i.role][lang]})`)),
      ),
      kit.labelled(
        DOC_STRINGS.status[lang],
        card.status ? `${kit.status(card.status)} (${kit.date(card.statusDate)})` : '',
      ),
      kit.labelled(DOC_STRINGS.achievements[lang], kit.name(card.achievements)),
      kit.paragraph(`${DOC_STRINGS.linked[lang]} (${card.recommendations.length})`, {
        bold: true,
        keepNext: true,
      }),
    );
    body.push(
      card.recommendations.length
        ? kit.table(
            [DOC_STRINGS.key[lang], DOC_STRINGS.text[lang]],
            card.recommendations.map((r) => [r.key, kit.name(r.text)]),
            [2200, 7400],
          )
        : kit.paragraph(DOC_STRINGS.nothing[lang]),
    );
    onCard(index + 1);
  }
  return packDocx(lang, title, [{ properties: {}, children: body }]);
}
