import { SegmentedControl, Stack, Text, type SegmentedControlProps } from '@mantine/core';

/** A segmented control with a label above it, lined up with the inputs beside it in a filter row. */
export function LabeledSegments({ label, ...control }: { label: string } & SegmentedControlProps) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl {...control} />
    </Stack>
  );
}
