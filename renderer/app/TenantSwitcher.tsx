/**
 * The tenant switcher, shown only where `Tenant` entities exist: choosing one narrows every
 * table whose type has a `tenant` property to that tenant's entities.
 */
import { useApi } from '../api/useApi';
import { displayName } from '../lib/display-name';

export function TenantSwitcher(props: {
  types: { type: string; count: number }[] | undefined;
  tenant: string | undefined;
  onTenant: (tenant: string | undefined) => void;
}) {
  const count = props.types?.find((t) => t.type === 'Tenant')?.count ?? 0;
  if (count === 0) return null;
  return <TenantSelect tenant={props.tenant} onTenant={props.onTenant} />;
}

function TenantSelect(props: { tenant: string | undefined; onTenant: (tenant: string | undefined) => void }) {
  const tenants = useApi('entities.list', { type: 'Tenant', limit: 200, orderBy: { name: 'asc' } }, 'tenants', ['entities.changed']);
  return (
    <div className="sidebar-filter">
      <label className="sidebar-label" htmlFor="tenant-switcher">
        Tenant
      </label>
      <select id="tenant-switcher" className="input input-sm" value={props.tenant ?? ''} onChange={(e) => props.onTenant(e.target.value || undefined)}>
        <option value="">All tenants</option>
        {tenants.data?.items.map((t) => (
          <option key={t.$id} value={t.$id}>
            {displayName(t, t.$id)}
          </option>
        ))}
      </select>
    </div>
  );
}
