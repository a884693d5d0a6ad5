import { Select } from '@mantine/core';
import { IconArrowsSort } from '@tabler/icons-react';

import { INBOX_ORDERS, type InboxOrder } from '../utils/inbox-view';

const ORDER_LABELS: Record<InboxOrder, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  most_urgent: 'Most urgent first',
};

const ORDER_OPTIONS = INBOX_ORDERS.map((value) => ({ value, label: ORDER_LABELS[value] }));

export interface OrderSelectProps {
  value: InboxOrder;
  onChange: (order: InboxOrder) => void;
}

/** The order of the list. */
export function OrderSelect({ value, onChange }: OrderSelectProps) {
  return (
    <Select
      aria-label="Order"
      size="xs"
      data={ORDER_OPTIONS}
      value={value}
      onChange={(order) => {
        if (order !== null) {
          onChange(order);
        }
      }}
      allowDeselect={false}
      leftSection={<IconArrowsSort size={14} aria-hidden />}
      w={170}
    />
  );
}
