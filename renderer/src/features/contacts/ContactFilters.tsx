import { Button, Checkbox, Select } from '@mantine/core';
import { relationshipKindLabels, relationshipKinds, type RelationshipKind } from '@shared/domain';
import { useApiQuery } from '@renderer/api/hooks';
import { EmployerPicker } from '@renderer/components/EmployerPicker';
import { SearchInput } from '@renderer/components/SearchInput';

export interface ContactFilterValues {
  search: string;
  employerId: number | null;
  industry: string | null;
  relationship: RelationshipKind | null;
  mentorsOnly: boolean;
}

export const noContactFilters: ContactFilterValues = {
  search: '',
  employerId: null,
  industry: null,
  relationship: null,
  mentorsOnly: false,
};

export function hasContactFilters(f: ContactFilterValues): boolean {
  return Boolean(f.search) || f.employerId !== null || f.industry !== null || f.relationship !== null || f.mentorsOnly;
}

const relationshipOptions = relationshipKinds.map((k) => ({ value: k, label: relationshipKindLabels[k] }));

/** The contacts table's filters; each change is reported whole so the page can go back to page 1. */
export function ContactFilters({ value, onChange }: { value: ContactFilterValues; onChange: (next: ContactFilterValues) => void }) {
  const industries = useApiQuery('employers.industries', {});
  return (
    <>
      <SearchInput label="Search" placeholder="Name, email or title" onSearch={(search) => onChange({ ...value, search })} />
      <EmployerPicker
        label="Employer"
        placeholder="Any employer"
        clearable
        w={220}
        value={value.employerId}
        onChange={(employerId) => onChange({ ...value, employerId })}
      />
      <Select
        label="Industry"
        placeholder="Any industry"
        clearable
        searchable
        w={200}
        data={industries.data ?? []}
        value={value.industry}
        onChange={(industry) => onChange({ ...value, industry })}
      />
      <Select<RelationshipKind>
        label="Relationship"
        placeholder="Any relationship"
        clearable
        w={210}
        data={relationshipOptions}
        value={value.relationship}
        onChange={(relationship) => onChange({ ...value, relationship })}
      />
      <Checkbox
        label="Mentor volunteers only"
        checked={value.mentorsOnly}
        onChange={(e) => onChange({ ...value, mentorsOnly: e.currentTarget.checked })}
        mb={8}
      />
      {hasContactFilters(value) && (
        <Button variant="subtle" onClick={() => onChange(noContactFilters)}>
          Clear filters
        </Button>
      )}
    </>
  );
}
