/**
 * The tenant switcher, shown only where `Tenant` entities exist. Choosing one makes every
 * following call act for that tenant (the main process scopes tenant-scoped collections to
 * it) and narrows tables whose type has a `tenant` property; "All tenants" acts for none, and
 * tenant-scoped collections then ask for a tenant.
 */
import { useApi } from '../api/useApi';
import { setRequestTenant } from '../api/transport';
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
      <select
        id="tenant-switcher"
        className="input input-sm"
        value={props.tenant ?? ''}
        onChange={(e) => {
          // The transport first, so what re-renders next already loads as the new tenant.
          setRequestTenant(e.target.value || undefined);
          props.onTenant(e.target.value || undefined);
        }}
      >
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
