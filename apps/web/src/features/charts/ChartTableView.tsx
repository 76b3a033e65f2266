import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import classes from './charts.module.css';
import type { ChartTable } from './table-data';

/** The chart's numbers as a real table, each number a link to the list it counts. */
export function ChartTableView({ table, caption }: { table: ChartTable; caption: string }) {
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder className={classes.table} captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{table.rowHeader}</Table.Th>
            {table.columns.map((c) => (
              <Table.Th key={c.key} scope="col" ta="end">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.href ? (
                  <Anchor component={Link} to={row.href} dir="auto">
                    {row.label}
                  </Anchor>
                ) : (
                  <span dir="auto">{row.label}</span>
                )}
              </Table.Th>
              {table.columns.map((c) => {
                const cell = row.cells[c.key];
                const n = f.number(cell?.value ?? 0);
                return (
                  <Table.Td key={c.key} ta="end">
                    {cell?.href && cell.value > 0 ? (
                      <Anchor component={Link} to={cell.href}>
                        {n}
                      </Anchor>
                    ) : (
                      n
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
