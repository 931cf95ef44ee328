import { Button, Card, Code, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { MessageTemplates } from '@shared/api/wrap-up';
import { wrapUpItemLabels, wrapUpItems } from '@shared/domain';
import { defaultMessageTemplates, mergeFields, unknownPlaceholders } from '@shared/templates';
import { useApiQuery } from '@renderer/api/hooks';
import { ErrorNotice } from '@renderer/components/ErrorNotice';
import { SaveButton } from '@renderer/components/SaveButton';
import { useUnsavedChanges } from '@renderer/components/unsavedChanges';

/** The drafts the internship wrap-up offers, with merge fields such as {{contact.firstName}}. */
export function MessageTemplatesCard() {
  const templates = useApiQuery('wrapUp.templates', {});
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4">
        Wrap-up message templates
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Merge fields:{' '}
        {mergeFields.map((f) => (
          <Code key={f} mr={4}>{`{{${f}}}`}</Code>
        ))}
      </Text>
      {templates.isError && <ErrorNotice error={templates.error} onRetry={() => void templates.refetch()} />}
      {templates.data && <TemplatesForm key={JSON.stringify(templates.data)} saved={templates.data} />}
    </Card>
  );
}

function TemplatesForm({ saved }: { saved: MessageTemplates }) {
  const [values, setValues] = useState(saved);
  useUnsavedChanges(() => JSON.stringify(values) !== JSON.stringify(saved));
  const unknownOf = unknownPlaceholders;
  const invalid = wrapUpItems.some((item) => unknownOf(values[item]).length > 0);
  const changed = JSON.stringify(values) !== JSON.stringify(saved);

  return (
    <Stack gap="sm">
      {wrapUpItems.map((item) => {
        const unknown = unknownOf(values[item]);
        return (
          <Textarea
            key={item}
            label={wrapUpItemLabels[item]}
            autosize
            minRows={3}
            maxRows={12}
            value={values[item]}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setValues((v) => ({ ...v, [item]: text }));
            }}
            error={unknown.length > 0 ? `Unknown merge field: ${unknown.map((u) => `{{${u}}}`).join(', ')}` : null}
          />
        );
      })}
      <Group justify="space-between">
        <Button variant="subtle" onClick={() => setValues(defaultMessageTemplates)}>
          Restore the default texts
        </Button>
        <SaveButton procedure="wrapUp.updateTemplates" input={{ templates: values }} savedMessage="Templates saved." disabled={!changed || invalid}>
          Save templates
        </SaveButton>
      </Group>
    </Stack>
  );
}
