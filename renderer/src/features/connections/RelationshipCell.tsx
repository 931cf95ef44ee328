import { Text } from '@mantine/core';
import type { Connection } from '@shared/api/connections';
import { relationshipKindLabels } from '@shared/domain';

/** A connection's relationship with its context underneath, as the student's and the contact's tables show it. */
export function RelationshipCell({ connection }: { connection: Pick<Connection, 'relationship' | 'context'> }) {
  return (
    <div>
      <Text size="sm">{relationshipKindLabels[connection.relationship]}</Text>
      {connection.context && (
        <Text size="xs" c="dimmed">
          {connection.context}
        </Text>
      )}
    </div>
  );
}
