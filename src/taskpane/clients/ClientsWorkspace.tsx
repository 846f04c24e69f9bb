import { useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { clientDisplayName } from './clientDisplayName';
import { ClientFinder } from './ClientFinder';
import { ClientProfile } from './ClientProfile';
import type { ClientsView } from './ClientsView';
import { CreateClient } from './CreateClient';
import { DuplicatePairs } from './DuplicatePairs';
import { EditClient } from './EditClient';
import { focusOnMount } from './focusOnMount';
import { SessionProfile } from './SessionProfile';
import { useClientFinder } from './useClientFinder';
import type { ConnectedStore } from '../store/StoreProvider';

type ClientsWorkspaceProps = { store: ConnectedStore };

/** The Clients tab on a connected store: the finder (kept while a profile is open), profiles, the forms. */
export function ClientsWorkspace({ store }: ClientsWorkspaceProps) {
  const { t } = useI18n();
  const finder = useClientFinder(store);
  const [view, setView] = useState<ClientsView>({ screen: 'find' });
  const backToList = () => setView({ screen: 'find', returned: true });
  const createAnother = () =>
    setView((current) => ({ screen: 'create', attempt: current.screen === 'create' ? current.attempt + 1 : Date.now() }));
  switch (view.screen) {
    case 'find':
      return (
        <ClientFinder
          finder={finder}
          searchRef={view.returned ? focusOnMount : undefined}
          onOpenClient={(client) => setView({ screen: 'profile', id: client.id })}
          onAddClient={createAnother}
          onShowDuplicates={() => setView({ screen: 'duplicates' })}
        />
      );
    case 'duplicates':
      return <DuplicatePairs store={store} onBack={backToList} onOpenClient={(id) => setView({ screen: 'profile', id })} />;
    case 'profile':
    case 'created':
      return (
        <ClientProfile
          key={view.id}
          store={store}
          id={view.id}
          notice={
            view.screen === 'created'
              ? t.clients.form.created(view.name, view.code, view.title)
              : view.notice === 'saved'
                ? t.clients.form.saved
                : undefined
          }
          onBack={backToList}
          onEdit={(client) => setView({ screen: 'edit', client })}
          onCreateAnother={view.screen === 'created' ? createAnother : undefined}
        />
      );
    case 'edit':
      return (
        <EditClient
          store={store}
          client={view.client}
          onSaved={(client) => setView({ screen: 'profile', id: client.id, notice: 'saved' })}
          onCancel={() => setView({ screen: 'profile', id: view.client.id })}
        />
      );
    case 'create':
      return (
        <CreateClient
          key={view.attempt}
          store={store}
          initial={view.initial}
          saveOnOpen={view.initial !== undefined}
          onStored={(client) =>
            setView({ screen: 'created', id: client.id, code: client.code, name: clientDisplayName(client), title: client.title ?? null })
          }
          onKeptForSession={(values) => setView({ screen: 'session', values })}
          onOpenClient={(id) => setView({ screen: 'profile', id })}
          onCancel={backToList}
        />
      );
    case 'session':
      return (
        <SessionProfile
          values={view.values}
          homeCountry={store.homeCountry}
          onBack={backToList}
          onCreateAnother={createAnother}
          onSaveNow={(values) => setView({ screen: 'create', attempt: Date.now(), initial: values })}
        />
      );
  }
}
