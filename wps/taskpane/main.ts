// WPS task pane entry: mounts the shared UI over the WPS bridge, with WPS's `Application` global.
import { mountApp } from '../../ui/app';
import { wpsBridge, type WpsPaneApp } from './wpsBridge';

const g = globalThis as unknown as { Application?: WpsPaneApp; wps?: { PluginStorage?: { getItem(k: string): string } } };
const registered = () => (g.wps?.PluginStorage?.getItem('dealerkit_functions') || '').split(',').filter(Boolean);
const start = () => mountApp(document.getElementById('app')!, wpsBridge(() => g.Application!, registered));
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
