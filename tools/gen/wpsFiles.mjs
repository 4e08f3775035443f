// The WPS add-in's static files: ribbon.xml (customUI), the start page, and the publish.xml / jsplugins.xml templates.

/** Where `npm run serve:wps` serves dist/wps (wpsjs's own default debug port is 3889). */
export const DEFAULT_WPS_BASE_URL = 'http://127.0.0.1:3889/';
export const WPS_ADDIN_NAME = 'DealerKit';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A base URL ending in exactly one "/" (wpsjs refuses others: src/lib/publish.js). */
export function normaliseBase(url) {
  return url.replace(/\/+$/, '') + '/';
}

/** customUI for WPS (same schema as Office 2006 customUI, as wpsjs's et template); labels come from getLabel. */
export function ribbonXml() {
  return `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">
  <ribbon startFromScratch="false">
    <tabs>
      <tab id="dkTab" getLabel="OnGetLabel">
        <group id="dkGroup" getLabel="OnGetLabel">
          <button id="dkReports" getLabel="OnGetLabel" onAction="OnAction" size="large" imageMso="TableInsert"/>
        </group>
      </tab>
    </tabs>
  </ribbon>
</customUI>
`;
}

/** The page WPS loads at start (the add-in's root URL): registers the functions, then the ribbon callbacks. */
export function indexHtml() {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>DealerKit</title>
<script src="functions.js"></script>
<script src="ribbon.js"></script>
</head>
<body></body>
</html>
`;
}

/** The report pane page (the shared UI; no CDN: everything is served from dist/wps). */
export function taskpaneHtml() {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DealerKit</title>
<link rel="stylesheet" href="taskpane.css">
<script src="taskpane.js"></script>
</head>
<body>
<div id="app"></div>
</body>
</html>
`;
}

/** 个人版 publish mode: the entry WPS keeps in the user's jsaddons/publish.xml (wpsjs src/lib/debug_publish.js). */
export function publishXml(base) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="${esc(WPS_ADDIN_NAME)}" type="et" url="${esc(normaliseBase(base))}"/>
</jsplugins>
`;
}

/**
 * 企业版 jsplugins.xml (the file oem.ini's JSPluginsServer names): the offline entry, WPS fetching
 * `DealerKit.7z` once per version and running it locally (`<jsplugin … url="<base>DealerKit.7z" version>`, as
 * wpsjs 2.2.3 src/lib/publish.js writes it for an offline build); the online entry, the served folder, commented:
 * one name is either offline or online, never both.
 */
export function jspluginsXml(base, version) {
  const b = normaliseBase(base);
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${esc(WPS_ADDIN_NAME)}" type="et" url="${esc(b)}${esc(WPS_ADDIN_NAME)}.7z" version="${esc(version)}"/>
  <!-- online instead: <jspluginonline name="${esc(WPS_ADDIN_NAME)}" type="et" url="${esc(b)}"/> -->
</jsplugins>
`;
}
