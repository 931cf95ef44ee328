import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ProcedureName } from '@shared/api/contract';
import { Offered } from './Offered';

/** A section's "Add placement" / "New goal", shown to the roles that may call `procedure`, the create its form saves through. */
export function AddButton({ procedure, label, onClick }: { procedure: ProcedureName; label: string; onClick: () => void }) {
  return (
    <Offered procedure={procedure}>
      <Button leftSection={<IconPlus size={16} />} onClick={onClick}>
        {label}
      </Button>
    </Offered>
  );
}
