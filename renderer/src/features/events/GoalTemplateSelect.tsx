import { Select, type SelectProps } from '@mantine/core';
import { useApiQuery } from '@renderer/api/hooks';

type Props = Omit<SelectProps<number>, 'data' | 'value' | 'onChange'> & {
  value: number | null;
  onChange: (id: number | null) => void;
};

/** A rung of the goal ladder, easiest first, to set as a goal for invitees (optional). */
export function GoalTemplateSelect({ value, onChange, ...rest }: Props) {
  const templates = useApiQuery('goalTemplates.list', {});
  const data = (templates.data ?? []).map((t) => ({ value: t.id, label: `${t.rung}. ${t.title}` }));
  return (
    <Select<number>
      {...rest}
      clearable
      placeholder={templates.isLoading ? 'Loading the ladder…' : 'No goal'}
      data={data}
      value={value}
      onChange={(id) => onChange(id)}
      error={templates.isError ? `Could not load the goal ladder: ${templates.error.message}` : rest.error}
    />
  );
}
