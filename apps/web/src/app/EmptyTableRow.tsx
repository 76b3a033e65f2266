import { Table, Text } from '@mantine/core';

/** The one row of a table with nothing to show: a short sentence across every column. */
export function EmptyTableRow({ columns, children }: { columns: number; children: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text c="dimmed" ta="center" py="md">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
