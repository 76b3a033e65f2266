import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { dirOf, IMPLEMENTATION_STATUSES, type ImplementationStatus } from '@tatabbu/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContentDraft, isWebAddress } from './content';
import { WORKING_LANGS, type WorkingLang } from './working-langs';

/**
 * What the institution writes: the narrative in each working language (one marked as the original),
 * the status it proposes, progress, the period covered and links to evidence on the web.
 */
export function UpdateContentForm({
  value,
  onChange,
  readOnly,
}: {
  value: ContentDraft;
  onChange: (next: ContentDraft) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>(value.originalLang ?? 'ar');
  const set = <K extends keyof ContentDraft>(key: K, v: ContentDraft[K]) => onChange({ ...value, [key]: v });
  const setLink = (i: number, patch: Partial<ContentDraft['links'][number]>) =>
    set(
      'links',
      value.links.map((l, j) => (j === i ? { ...l, ...patch } : l)),
    );

  return (
    <Stack gap="md">
      <div>
        <Text fw={600} size="sm" mb={4}>
          {t('followup.editor.narrative')}
        </Text>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            {WORKING_LANGS.map((lang) => (
              <Tabs.Tab key={lang} value={lang}>
                {t(`languages.${lang}`)}
                {value.originalLang === lang ? ` · ${t('followup.editor.original')}` : ''}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {WORKING_LANGS.map((lang) => (
            <Tabs.Panel key={lang} value={lang} pt="xs">
              <Textarea
                aria-label={t('followup.editor.narrativeIn', { lang: t(`languages.${lang}`) })}
                lang={lang}
                dir={dirOf(lang)}
                autosize
                minRows={5}
                maxRows={20}
                readOnly={readOnly}
                value={value.narrative[lang]}
                onChange={(e) => set('narrative', { ...value.narrative, [lang]: e.currentTarget.value })}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
        <Radio.Group
          mt="xs"
          label={t('followup.editor.originalLang')}
          value={value.originalLang ?? ''}
          onChange={(v) => set('originalLang', (v || null) as WorkingLang | null)}
        >
          <Group gap="md" mt={4}>
            {WORKING_LANGS.map((lang) => (
              <Radio key={lang} value={lang} label={t(`languages.${lang}`)} disabled={readOnly} />
            ))}
          </Group>
        </Radio.Group>
      </div>
      <Group grow align="flex-start">
        <Select
          label={t('followup.editor.proposedStatus')}
          data={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={value.proposedStatus}
          onChange={(v) => set('proposedStatus', v as ImplementationStatus | null)}
          readOnly={readOnly}
          clearable={!readOnly}
        />
        <NumberInput
          label={t('followup.editor.progress')}
          min={0}
          max={100}
          suffix=" %"
          value={value.progress ?? ''}
          onChange={(v) => set('progress', typeof v === 'number' ? Math.round(v) : null)}
          readOnly={readOnly}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('followup.editor.periodStart')}
          value={value.periodStart}
          onChange={(e) => set('periodStart', e.currentTarget.value)}
          readOnly={readOnly}
        />
        <TextInput
          type="date"
          label={t('followup.editor.periodEnd')}
          value={value.periodEnd}
          onChange={(e) => set('periodEnd', e.currentTarget.value)}
          readOnly={readOnly}
          error={
            value.periodStart && value.periodEnd && value.periodEnd < value.periodStart
              ? t('followup.editor.periodOrder')
              : undefined
          }
        />
      </Group>
      <div>
        <Text fw={600} size="sm" mb={4}>
          {t('followup.editor.links')}
        </Text>
        <Stack gap="xs">
          {value.links.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('followup.editor.noLinks')}
            </Text>
          ) : null}
          {readOnly
            ? value.links.map((link) => (
                <Anchor
                  key={link.url}
                  href={link.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="sm"
                  dir="auto"
                >
                  {link.label || link.url}
                </Anchor>
              ))
            : null}
          {(readOnly ? [] : value.links).map((link, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their index is their identity
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('followup.editor.linkUrl')}
                placeholder="https://"
                dir="ltr"
                flex={2}
                value={link.url}
                readOnly={readOnly}
                onChange={(e) => setLink(i, { url: e.currentTarget.value })}
                error={
                  link.url.trim() && !isWebAddress(link.url) ? t('followup.editor.linkInvalid') : undefined
                }
              />
              <TextInput
                aria-label={t('followup.editor.linkLabel')}
                placeholder={t('followup.editor.linkLabel')}
                dir="auto"
                flex={1}
                value={link.label}
                readOnly={readOnly}
                onChange={(e) => setLink(i, { label: e.currentTarget.value })}
              />
              {readOnly ? null : (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('followup.editor.removeLink')}
                  onClick={() =>
                    set(
                      'links',
                      value.links.filter((_, j) => j !== i),
                    )
                  }
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
          {readOnly ? null : (
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => set('links', [...value.links, { url: '', label: '' }])}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('followup.editor.addLink')}
            </Button>
          )}
        </Stack>
      </div>
    </Stack>
  );
}
