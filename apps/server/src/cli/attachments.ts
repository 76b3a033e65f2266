import type { UiLocale } from '@tatabbu/domain';
import { Command } from 'commander';
import type { Config } from '../config.js';
import { LocalBlobStore } from '../features/attachments/local-blob-store.js';
import { verifyAttachmentBlobs } from '../features/attachments/verify.js';
import { cliLocale } from './import-messages.js';
import { withDatabase } from './users.js';

/** What `tatabbu attachments verify` prints, in the terminal's language. */
const MESSAGES = {
  intact: {
    en: 'Evidence files intact: {count} files checked, every SHA-256 matches.',
    fr: 'Pièces justificatives intactes : {count} fichiers vérifiés, toutes les empreintes SHA-256 concordent.',
    ar: 'ملفات الإثبات سليمة: تم فحص {count} ملفا، وكل بصمات SHA-256 متطابقة.',
  },
  missing: {
    en: 'file {id} ({name}): its bytes are missing from the store',
    fr: 'fichier {id} ({name}) : son contenu est absent du stockage',
    ar: 'الملف {id} ({name}): محتواه غير موجود في المخزن',
  },
  changed: {
    en: 'file {id} ({name}): its bytes were changed after upload (SHA-256 does not match)',
    fr: 'fichier {id} ({name}) : son contenu a été modifié après le dépôt (l’empreinte SHA-256 ne concorde pas)',
    ar: 'الملف {id} ({name}): عُدّل محتواه بعد رفعه (بصمة SHA-256 غير مطابقة)',
  },
  failed: {
    en: '{problems} of {count} evidence files are missing or changed.',
    fr: '{problems} pièces justificatives sur {count} sont absentes ou modifiées.',
    ar: '{problems} من أصل {count} ملفات إثبات مفقودة أو معدلة.',
  },
} satisfies Record<string, Record<UiLocale, string>>;

const message = (locale: UiLocale, key: keyof typeof MESSAGES, params: Record<string, string | number>) =>
  MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));

/** Some evidence files are missing or changed: listed on stdout; `main` prints this and exits 1. */
class BlobsBrokenError extends Error {}

/** `tatabbu attachments verify`: exit code 1 when a stored file is missing or was changed. */
export function attachmentsCommand(config: () => Config): Command {
  const command = new Command('attachments').description('check the stored evidence files');
  command
    .command('verify')
    .description(
      'read back every evidence file (removed ones too) and compare its SHA-256; exit code 1 when one is missing or changed',
    )
    .action(async () => {
      const settings = config();
      await withDatabase(settings, async (database) => {
        const locale = cliLocale();
        const { checked, problems } = await verifyAttachmentBlobs(
          database,
          new LocalBlobStore(settings.blobDir),
        );
        for (const p of problems) {
          process.stdout.write(`${message(locale, p.kind, { id: p.id, name: p.fileName })}\n`);
        }
        if (problems.length > 0) {
          throw new BlobsBrokenError(
            message(locale, 'failed', { problems: problems.length, count: checked }),
          );
        }
        process.stdout.write(`${message(locale, 'intact', { count: checked })}\n`);
      });
    });
  return command;
}
