import { Box, Button, Card, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../i18n/format';
import { type BarSeries, barOption } from './bar-option';
import { ChartTableView } from './ChartTableView';
import classes from './charts.module.css';
import { downloadSvgAsPng, downloadText } from './download';
import { type ECharts, loadECharts } from './echarts';
import { type ChartTable, fileNameOf, toCsv } from './table-data';

interface BarChartCardProps {
  title: string;
  /** A sentence under the title: what is counted, what a click opens. */
  description?: ReactNode;
  table: ChartTable;
  /** The table's columns drawn as stacked bars, each in its colour. */
  series: BarSeries[];
  orientation?: 'horizontal' | 'vertical';
  /** The column whose value sums a row, for the spoken summary (else the series are added up). */
  totalKey?: string;
  /** One colour per row (a single series), e.g. the status chart. */
  rowColors?: string[];
}

type Instance = ReturnType<ECharts['init']>;

/**
 * A titled stacked-bar chart with its table view (a real table, the accessible form of the
 * numbers), CSV and PNG downloads. A bar segment opens the list it counts, as its table cell does.
 */
export function BarChartCard({
  title,
  description,
  table,
  series,
  orientation = 'horizontal',
  totalKey,
  rowColors,
}: BarChartCardProps) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const titleId = useId();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<Instance | null>(null);
  const rtl = i18n.dir(i18n.resolvedLanguage) === 'rtl';
  const rowTotal = (row: ChartTable['rows'][number]) =>
    totalKey
      ? (row.cells[totalKey]?.value ?? 0)
      : series.reduce((n, s) => n + (row.cells[s.key]?.value ?? 0), 0);
  const summary = t('dashboard.chart.summary', {
    title,
    items: table.rows
      .slice(0, 8)
      .map((row) => `${row.label}: ${f.number(rowTotal(row))}`)
      .join(rtl ? '؛ ' : '; '),
  });
  const height = orientation === 'horizontal' ? 60 + Math.max(table.rows.length, 2) * 30 : 320;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the option is rebuilt from these inputs
  useEffect(() => {
    if (view !== 'chart' || table.rows.length === 0) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void loadECharts().then((echarts) => {
      if (disposed || !container.current) return;
      const chart = echarts.init(container.current, null, { renderer: 'svg', locale: 'EN' });
      instance.current = chart;
      chart.setOption(barOption(table, series, { orientation, rtl, number: f.number, rowColors }));
      chart.on('click', (params) => {
        const key = series[params.seriesIndex ?? -1]?.key;
        const row = table.rows[params.dataIndex ?? -1];
        const href = key && row?.cells[key]?.href;
        if (href) navigate(href);
      });
      observer = new ResizeObserver(() => chart.resize());
      observer.observe(container.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance.current?.dispose();
      instance.current = null;
    };
  }, [view, table, series, orientation, rtl, f.locale, rowColors]);

  const downloadPng = async () => {
    const chart = instance.current;
    if (!chart) return;
    const url = chart.getDataURL({ type: 'svg', backgroundColor: '#fff' });
    await downloadSvgAsPng(url, chart.getWidth(), chart.getHeight(), fileNameOf(title, 'png'));
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} className={classes.card}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Box>
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Box>
        <Group gap="xs" className={`${classes.controls} no-print`}>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            aria-label={t('dashboard.chart.view', { title })}
            data={[
              { value: 'chart', label: t('dashboard.chart.viewChart') },
              { value: 'table', label: t('dashboard.chart.viewTable') },
            ]}
          />
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => downloadText(toCsv(table), fileNameOf(title, 'csv'), 'text/csv;charset=utf-8')}
            aria-label={t('dashboard.chart.downloadCsvOf', { title })}
          >
            CSV
          </Button>
          {view === 'chart' && table.rows.length > 0 ? (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={downloadPng}
              aria-label={t('dashboard.chart.downloadPngOf', { title })}
            >
              PNG
            </Button>
          ) : null}
        </Group>
      </Group>
      {table.rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="md">
          {t('dashboard.chart.empty')}
        </Text>
      ) : view === 'chart' ? (
        // ECharts mirrors the chart itself (see barOption); an inherited right-to-left direction
        // would also flip its SVG text anchors and push every label onto the bars.
        <div
          ref={container}
          role="img"
          aria-label={summary}
          dir="ltr"
          className={classes.chart}
          style={{ height }}
        />
      ) : (
        <ChartTableView table={table} caption={title} />
      )}
    </Card>
  );
}
