<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>Minimum length: %1.</source>
        <translation>Mindestlänge: %1.</translation>
    </message>
    <message>
        <source>Maximum length: %1.</source>
        <translation>Höchstlänge: %1.</translation>
    </message>
    <message>
        <source>Choose at least %1.</source>
        <translation>Mindestens %1 auswählen.</translation>
    </message>
    <message>
        <source>Choose at most %1.</source>
        <translation>Höchstens %1 auswählen.</translation>
    </message>
    <message>
        <source>Must match the pattern %1.</source>
        <translation>Muss dem Muster %1 entsprechen.</translation>
    </message>
    <message>
        <source>Must be one of the allowed values.</source>
        <translation>Muss einer der erlaubten Werte sein.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>Must be %1.</source>
        <translation>Muss %1 sein.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Darf höchstens %1 sein.</translation>
    </message>
    <message>
        <source>Must be more than %1.</source>
        <translation>Muss größer als %1 sein.</translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation>Muss kleiner als %1 sein.</translation>
    </message>
    <message>
        <source>Each item may appear only once.</source>
        <translation>Jeder Eintrag darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Must be a date and time, such as 2026-11-26T09:30:00Z.</source>
        <translation>Muss Datum und Uhrzeit sein, etwa 2026-11-26T09:30:00Z.</translation>
    </message>
    <message>
        <source>Must be a date, such as 2026-11-26.</source>
        <translation>Muss ein Datum sein, etwa 2026-11-26.</translation>
    </message>
    <message>
        <source>Must be a time, such as 09:30:00Z.</source>
        <translation>Muss eine Uhrzeit sein, etwa 09:30:00Z.</translation>
    </message>
    <message>
        <source>Must match exactly one of the allowed forms.</source>
        <translation>Muss genau einer der erlaubten Formen entsprechen.</translation>
    </message>
    <message>
        <source>Must match one of the allowed forms.</source>
        <translation>Muss einer der erlaubten Formen entsprechen.</translation>
    </message>
    <message>
        <source>Must match every rule of this field.</source>
        <translation>Muss jede Regel dieses Felds erfüllen.</translation>
    </message>
    <message>
        <source>Must be an email address.</source>
        <translation>Muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>Must be a full address, such as https://example.com/path.</source>
        <translation>Muss eine vollständige Adresse sein, etwa https://example.com/path.</translation>
    </message>
    <message>
        <source>Must be a host name, such as api.example.com.</source>
        <translation>Muss ein Hostname sein, etwa api.example.com.</translation>
    </message>
    <message>
        <source>Must be an IPv4 address, such as 192.0.2.10.</source>
        <translation>Muss eine IPv4-Adresse sein, etwa 192.0.2.10.</translation>
    </message>
    <message>
        <source>Must be an IPv6 address.</source>
        <translation>Muss eine IPv6-Adresse sein.</translation>
    </message>
    <message>
        <source>Must be a UUID.</source>
        <translation>Muss eine UUID sein.</translation>
    </message>
    <message>
        <source>Unknown key %1 in a status source; it is ignored</source>
        <translation>Unbekannter Schlüssel %1 in einer Statusquelle; er wird ignoriert</translation>
    </message>
    <message>
        <source>A status source needs a type: argocd, kubernetes, terraform-state, status-endpoint or health</source>
        <translation>Eine Statusquelle braucht einen Typ: argocd, kubernetes, terraform-state, status-endpoint oder health</translation>
    </message>
    <message>
        <source>Unknown status source type %1; expected argocd, kubernetes, terraform-state, status-endpoint or health</source>
        <translation>Unbekannter Statusquellentyp %1; erwartet: argocd, kubernetes, terraform-state, status-endpoint oder health</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>%1 sources need a url</source>
        <translation>%1-Quellen brauchen eine url</translation>
    </message>
    <message>
        <source>%1 sources need either a url or a path</source>
        <translation>%1-Quellen brauchen entweder eine url oder einen path</translation>
    </message>
    <message>
        <source>A kubernetes source needs namespaces: the Deployments are listed per namespace</source>
        <translation>Eine kubernetes-Quelle braucht namespaces: die Deployments werden je Namespace abgefragt</translation>
    </message>
    <message>
        <source>timeoutMs and refreshSeconds must be positive</source>
        <translation>timeoutMs und refreshSeconds müssen positiv sein</translation>
    </message>
    <message>
        <source>Tokens are never written in atrium.yaml: use {env: VARIABLE} or {keychain: NAME}</source>
        <translation>Tokens stehen nie in atrium.yaml: {env: VARIABLE} oder {keychain: NAME} verwenden</translation>
    </message>
    <message>
        <source>token must name where it comes from: {env: VARIABLE} or {keychain: NAME}</source>
        <translation>token muss angeben, woher es kommt: {env: VARIABLE} oder {keychain: NAME}</translation>
    </message>
    <message>
        <source>An environment needs a name</source>
        <translation>Eine Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <source>Environment name %1 must be lower-case letters, digits and &apos;-&apos; (annotations name environments by it)</source>
        <translation>Der Umgebungsname %1 darf nur Kleinbuchstaben, Ziffern und &apos;-&apos; enthalten (Annotationen nennen Umgebungen bei diesem Namen)</translation>
    </message>
    <message>
        <source>Environment %1 is declared twice</source>
        <translation>Die Umgebung %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>sources must be a list</source>
        <translation>sources muss eine Liste sein</translation>
    </message>
    <message>
        <source>Each source must be a mapping</source>
        <translation>Jede Quelle muss ein Mapping sein</translation>
    </message>
    <message>
        <source>%1 is missing: the backend&apos;s http or https URL</source>
        <translation>%1 fehlt: die http- oder https-URL des Backends</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more</source>
        <translation>%1 muss eine ganze Zahl sein, 0 oder größer</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 1 or more</source>
        <translation>%1 muss eine ganze Zahl sein, 1 oder größer</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>token must be {env: VARIABLE} or {keychain: NAME}</source>
        <translation>token muss {env: VARIABLE} oder {keychain: NAME} sein</translation>
    </message>
    <message>
        <source>Unknown key %1 in a backend; it is ignored</source>
        <translation>Unbekannter Schlüssel %1 in einem Backend; er wird ignoriert</translation>
    </message>
    <message>
        <source>The github-repository-dispatch preset needs repository: OWNER/NAME</source>
        <translation>Die Voreinstellung github-repository-dispatch benötigt repository: OWNER/NAME</translation>
    </message>
    <message>
        <source>repository must be OWNER/NAME, found %1</source>
        <translation>repository muss OWNER/NAME sein, gefunden: %1</translation>
    </message>
    <message>
        <source>The gitlab-pipeline-trigger preset needs project: an id or GROUP/NAME</source>
        <translation>Die Voreinstellung gitlab-pipeline-trigger benötigt project: eine ID oder GROUP/NAME</translation>
    </message>
    <message>
        <source>Unknown preset %1; expected github-repository-dispatch or gitlab-pipeline-trigger</source>
        <translation>Unbekannte Voreinstellung %1; erwartet: github-repository-dispatch oder gitlab-pipeline-trigger</translation>
    </message>
    <message>
        <source>method must be POST, PUT, PATCH, DELETE or GET, found %1</source>
        <translation>method muss POST, PUT, PATCH, DELETE oder GET sein, gefunden: %1</translation>
    </message>
    <message>
        <source>The value of header %1 must be a string</source>
        <translation>Der Wert des Headers %1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>Tokens are never written in atrium.yaml: set token: {env: VARIABLE} instead of an Authorization header</source>
        <translation>Tokens stehen nie in atrium.yaml: token: {env: VARIABLE} statt eines Authorization-Headers verwenden</translation>
    </message>
    <message>
        <source>headers must be a mapping of names to values</source>
        <translation>headers muss eine Zuordnung von Namen zu Werten sein</translation>
    </message>
    <message>
        <source>A backend needs a name</source>
        <translation>Ein Backend benötigt einen Namen</translation>
    </message>
    <message>
        <source>Backend name %1 must be letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Der Backend-Name %1 darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>Backend %1 is declared twice</source>
        <translation>Backend %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>Unknown backend type %1; expected backstage or http</source>
        <translation>Unbekannter Backend-Typ %1; erwartet: backstage oder http</translation>
    </message>
</context>
<context>
    <name>Atrium::ActivityPage</name>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Some outbox files cannot be read; they are left as they are:</source>
        <translation>Einige Postausgangsdateien können nicht gelesen werden; sie bleiben unverändert:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>No requests yet. Scaffolder tasks and requests sent to backends will be listed here with their state and log.</source>
        <translation>Noch keine Anfragen. Scaffolder-Aufgaben und an Backends gesendete Anfragen erscheinen hier mit Zustand und Protokoll.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Anfragen durchsuchen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>Die Anfrage erneut senden</translation>
    </message>
    <message>
        <source>&amp;Cancel Task</source>
        <translation>Aufgabe &amp;abbrechen</translation>
    </message>
    <message>
        <source>Ask the backend to stop the task</source>
        <translation>Das Backend bitten, die Aufgabe zu beenden</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the request and its log from the list</source>
        <translation>Die Anfrage und ihr Protokoll aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Copy &amp;Payload</source>
        <translation>&amp;Nutzdaten kopieren</translation>
    </message>
    <message>
        <source>Copy the request&apos;s JSON body to the clipboard</source>
        <translation>Den JSON-Body der Anfrage in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The backend may already have received this request. Send it again?</source>
        <translation>Das Backend hat diese Anfrage möglicherweise bereits erhalten. Erneut senden?</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Remove “%1” from the list? Its record and log are deleted.</source>
        <translation>„%1“ aus der Liste entfernen? Der Eintrag und sein Protokoll werden gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Atrium::ArgoCdApplications</name>
    <message>
        <source>The answer is not Argo CD JSON: %1</source>
        <translation>Die Antwort ist kein JSON von Argo CD: %1</translation>
    </message>
    <message>
        <source>Argo CD answered: %1</source>
        <translation>Argo CD antwortete: %1</translation>
    </message>
    <message>
        <source>The answer is neither an Application nor a list of them</source>
        <translation>Die Antwort ist weder eine Application noch eine Liste davon</translation>
    </message>
</context>
<context>
    <name>Atrium::BackendEditor</name>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>Shown to people; the name when empty</source>
        <translation>Wird angezeigt; leer bedeutet der Name</translation>
    </message>
    <message>
        <source>None: a plain request</source>
        <translation>Keine: eine einfache Anfrage</translation>
    </message>
    <message>
        <source>GitHub repository_dispatch</source>
        <translation>GitHub repository_dispatch</translation>
    </message>
    <message>
        <source>GitLab pipeline trigger</source>
        <translation>GitLab-Pipeline-Trigger</translation>
    </message>
    <message>
        <source>OWNER/NAME</source>
        <translation>OWNER/NAME</translation>
    </message>
    <message>
        <source>a project id or GROUP/NAME</source>
        <translation>eine Projekt-ID oder GROUP/NAME</translation>
    </message>
    <message>
        <source>Expected an http or https URL with a host, e.g. https://backstage.example.com</source>
        <translation>Erwartet wird eine http- oder https-URL mit Host, z. B. https://backstage.example.com</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Store Token in Keychain…</source>
        <translation>Token im Schlüsselbund speichern…</translation>
    </message>
    <message>
        <source>Authorization (as Bearer)</source>
        <translation>Authorization (als Bearer)</translation>
    </message>
    <message>
        <source>a top-level field of the JSON body instead of a header</source>
        <translation>ein Feld auf oberster Ebene des JSON-Bodys statt eines Headers</translation>
    </message>
    <message>
        <source>e.g. Idempotency-Key; empty when the endpoint takes none</source>
        <translation>z. B. Idempotency-Key; leer, wenn der Endpunkt keinen erwartet</translation>
    </message>
    <message>
        <source>PEM file relative to atrium.yaml; empty for the system&apos;s</source>
        <translation>PEM-Datei relativ zu atrium.yaml; leer für die des Systems</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>On demand only</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Merge its entities into the catalog</source>
        <translation>Seine Entitäten in den Katalog übernehmen</translation>
    </message>
    <message>
        <source>Offer its templates in the Create gallery</source>
        <translation>Seine Vorlagen in der Erstellen-Galerie anbieten</translation>
    </message>
    <message>
        <source>Empty: the preset&apos;s body, or template, parameters and files as JSON</source>
        <translation>Leer: der Body der Voreinstellung oder Vorlage, Parameter und Dateien als JSON</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Event type:</source>
        <translation>&amp;Ereignistyp:</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <source>&amp;GitLab URL:</source>
        <translation>&amp;GitLab-URL:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>Re&amp;f:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token &amp;header:</source>
        <translation>Token-&amp;Header:</translation>
    </message>
    <message>
        <source>Token &amp;field:</source>
        <translation>Token-&amp;Feld:</translation>
    </message>
    <message>
        <source>I&amp;dempotency key header:</source>
        <translation>Header für I&amp;dempotenzschlüssel:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Zeitüber&amp;schreitung:</translation>
    </message>
    <message>
        <source>Re&amp;fresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Request endpoint</source>
        <translation>Anfrage-Endpunkt</translation>
    </message>
    <message>
        <source>Backstage backend</source>
        <translation>Backstage-Backend</translation>
    </message>
    <message>
        <source>Empty: derived from the repository</source>
        <translation>Leer: aus dem Repository abgeleitet</translation>
    </message>
    <message>
        <source>Empty: derived from the GitLab URL and project</source>
        <translation>Leer: aus GitLab-URL und Projekt abgeleitet</translation>
    </message>
    <message>
        <source>https://hooks.example.com/…</source>
        <translation>https://hooks.example.com/…</translation>
    </message>
    <message>
        <source>https://backstage.example.com</source>
        <translation>https://backstage.example.com</translation>
    </message>
    <message>
        <source>VARIABLE_NAME</source>
        <translation>VARIABLE_NAME</translation>
    </message>
    <message>
        <source>entry name</source>
        <translation>Eintragsname</translation>
    </message>
    <message>
        <source>No keychain in this build: use a variable.</source>
        <translation>Kein Schlüsselbund in diesem Build: eine Variable verwenden.</translation>
    </message>
    <message>
        <source>This build of Atrium has no keychain support: store the token under this name with your system&apos;s keychain tool, or use an environment variable.</source>
        <translation>Dieser Build von Atrium unterstützt keinen Schlüsselbund: Speichern Sie das Token unter diesem Namen mit dem Schlüsselbund-Werkzeug Ihres Systems, oder verwenden Sie eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Only the entry&apos;s name goes into atrium.yaml.</source>
        <translation>Nur der Name des Eintrags kommt in atrium.yaml.</translation>
    </message>
    <message>
        <source>Stores the token in the system keychain (service &quot;%1&quot;) under this name</source>
        <translation>Speichert das Token im System-Schlüsselbund (Dienst &quot;%1&quot;) unter diesem Namen</translation>
    </message>
    <message>
        <source>Only the variable&apos;s name goes into atrium.yaml.</source>
        <translation>Nur der Name der Variable kommt in atrium.yaml.</translation>
    </message>
    <message>
        <source>Store Token in Keychain</source>
        <translation>Token im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Token for keychain entry &quot;%1&quot;:</source>
        <translation>Token für den Schlüsselbund-Eintrag &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Stored in the keychain as &quot;%1&quot;.</source>
        <translation>Im Schlüsselbund als &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>Could not store the token: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Atrium::BackendsSettingsPage</name>
    <message>
        <source>Add &amp;Backstage</source>
        <translation>&amp;Backstage hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Save to atrium.yaml</source>
        <translation>In atrium.yaml &amp;speichern</translation>
    </message>
    <message>
        <source>What Atrium sends work to, declared in &lt;b&gt;%1&lt;/b&gt;. Tokens never go into that file: it names an environment variable or a keychain entry instead.</source>
        <translation>Wohin Atrium Arbeit sendet, angegeben in &lt;b&gt;%1&lt;/b&gt;. Tokens kommen nie in diese Datei: sie nennt stattdessen eine Umgebungsvariable oder einen Schlüsselbund-Eintrag.</translation>
    </message>
    <message>
        <source>a Backstage app config (%1)</source>
        <translation>eine Backstage-App-Konfiguration (%1)</translation>
    </message>
    <message>
        <source>a folder without atrium.yaml</source>
        <translation>ein Ordner ohne atrium.yaml</translation>
    </message>
    <message>
        <source>Backends are declared in &lt;b&gt;atrium.yaml&lt;/b&gt;, and this workspace is %1. Create an atrium.yaml that lists its catalog and backends (see docs/workspace.md and docs/backends.md) and open it to edit backends here.</source>
        <translation>Backends werden in &lt;b&gt;atrium.yaml&lt;/b&gt; angegeben, und dieser Arbeitsbereich ist %1. Legen Sie eine atrium.yaml an, die seinen Katalog und seine Backends auflistet (siehe docs/workspace.md und docs/backends.md), und öffnen Sie sie, um Backends hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Add a Backstage backend: its catalog, templates and scaffolder</source>
        <translation>Ein Backstage-Backend hinzufügen: seinen Katalog, seine Vorlagen und seinen Scaffolder</translation>
    </message>
    <message>
        <source>Add &amp;Endpoint</source>
        <translation>&amp;Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an endpoint that receives requests: a webhook, GitHub or GitLab</source>
        <translation>Einen Endpunkt hinzufügen, der Anfragen empfängt: ein Webhook, GitHub oder GitLab</translation>
    </message>
    <message>
        <source>Plain Request (Webhook)</source>
        <translation>Einfache Anfrage (Webhook)</translation>
    </message>
    <message>
        <source>GitHub repository_dispatch</source>
        <translation>GitHub repository_dispatch</translation>
    </message>
    <message>
        <source>GitLab Pipeline Trigger</source>
        <translation>GitLab-Pipeline-Trigger</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add a Backstage backend to merge its catalog and templates, or a request endpoint that receives a template&apos;s answers.</source>
        <translation>Fügen Sie ein Backstage-Backend hinzu, um seinen Katalog und seine Vorlagen zu übernehmen, oder einen Anfrage-Endpunkt, der die Antworten einer Vorlage empfängt.</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>GitHub dispatch</source>
        <translation>GitHub-Dispatch</translation>
    </message>
    <message>
        <source>GitLab trigger</source>
        <translation>GitLab-Trigger</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>GitLab pipeline</source>
        <translation>GitLab-Pipeline</translation>
    </message>
    <message>
        <source>%1 is not the name of an environment variable: enter the variable&apos;s name, never the token itself</source>
        <translation>%1 ist nicht der Name einer Umgebungsvariable: Geben Sie den Namen der Variable ein, niemals das Token selbst</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Fix the errors above to save</source>
        <translation>Beheben Sie die obigen Fehler, um zu speichern</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved. The workspace reloads %1.</source>
        <translation>Gespeichert. Der Arbeitsbereich lädt %1 neu.</translation>
    </message>
</context>
<context>
    <name>Atrium::BackstageCatalogSync</name>
    <message>
        <source>%1: loading the catalog…</source>
        <translation>%1: Katalog wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (showing the %n entities of %3)</source>
        <translation>
            <numerusform>%1: %2 (die %n Entität von %3 wird angezeigt)</numerusform>
            <numerusform>%1: %2 (die %n Entitäten von %3 werden angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not loaded yet</source>
        <translation>%1: noch nicht geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entities at %2</source>
        <translation>
            <numerusform>%1: %n Entität um %2</numerusform>
            <numerusform>%1: %n Entitäten um %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atrium::BackstageClient</name>
    <message>
        <source>%1: expected a JSON object, got %2</source>
        <translation>%1: JSON-Objekt erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>%1 is not a template reference: %2</source>
        <translation>%1 ist keine Vorlagenreferenz: %2</translation>
    </message>
    <message>
        <source>%1: the answer has no `items` array</source>
        <translation>%1: die Antwort enthält kein `items`-Array</translation>
    </message>
    <message>
        <source>%1: the answer has no task id</source>
        <translation>%1: die Antwort enthält keine Aufgaben-ID</translation>
    </message>
</context>
<context>
    <name>Atrium::BackstageCommand</name>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Usage: atrium-cli backstage SUBCOMMAND --url URL [OPTIONS]

Subcommands:
  entities  List the entities of a Backstage backend&apos;s catalog
  run       Run a software template on a Backstage backend and follow its log

Run &quot;atrium-cli backstage SUBCOMMAND --help&quot; for the options of a subcommand.
</source>
        <translation>Aufruf: atrium-cli backstage SUBCOMMAND --url URL [OPTIONS]

Unterbefehle:
  entities  Die Entitäten des Katalogs eines Backstage-Backends auflisten
  run       Eine Softwarevorlage auf einem Backstage-Backend ausführen und ihr Protokoll verfolgen

Rufen Sie &quot;atrium-cli backstage SUBCOMMAND --help&quot; auf, um die Optionen eines Unterbefehls zu sehen.
</translation>
    </message>
    <message>
        <source>atrium-cli: unknown backstage subcommand &quot;%1&quot;</source>
        <translation>atrium-cli: unbekannter backstage-Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The Backstage backend, e.g. http://localhost:7007.</source>
        <translation>Das Backstage-Backend, z. B. http://localhost:7007.</translation>
    </message>
    <message>
        <source>Send the token held by the environment variable VAR (Authorization: Bearer).</source>
        <translation>Das Token aus der Umgebungsvariable VAR senden (Authorization: Bearer).</translation>
    </message>
    <message>
        <source>atrium-cli: --url needs the backend&apos;s http or https URL, e.g. --url http://localhost:7007</source>
        <translation>atrium-cli: --url benötigt die http- oder https-URL des Backends, z. B. --url http://localhost:7007</translation>
    </message>
    <message>
        <source>atrium-cli: the environment variable %1 named by --token-env is not set</source>
        <translation>atrium-cli: die mit --token-env angegebene Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>List the entities of a Backstage backend&apos;s catalog, all pages of GET /api/catalog/entities/by-query, in the backend&apos;s order. JSON prints them as the backend sends them.</source>
        <translation>Die Entitäten des Katalogs eines Backstage-Backends auflisten, alle Seiten von GET /api/catalog/entities/by-query, in der Reihenfolge des Backends. JSON gibt sie so aus, wie das Backend sie sendet.</translation>
    </message>
    <message>
        <source>Only entities of kind K (e.g. Component, Template).</source>
        <translation>Nur Entitäten der Art K (z. B. Component, Template).</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected table or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet: table oder json</translation>
    </message>
    <message>
        <source>Run a software template on a Backstage backend&apos;s scaffolder and print its log as it arrives. Exits with 0 when the task completes, 1 when it fails or is cancelled.</source>
        <translation>Eine Softwarevorlage auf dem Scaffolder eines Backstage-Backends ausführen und ihr Protokoll ausgeben, sobald es eintrifft. Exit-Code 0, wenn die Aufgabe abgeschlossen wird, 1, wenn sie fehlschlägt oder abgebrochen wird.</translation>
    </message>
    <message>
        <source>Read the answers from FILE (YAML or JSON; - reads standard input).</source>
        <translation>Die Antworten aus FILE lesen (YAML oder JSON; - liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Set one answer, e.g. --set replicas=3; typed by the template&apos;s form; repeatable.</source>
        <translation>Eine Antwort setzen, z. B. --set replicas=3; typisiert nach dem Formular der Vorlage; wiederholbar.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json (the task&apos;s id, status and output at the end).</source>
        <translation>Ausgabeformat: text (Standard) oder json (am Ende ID, Status und Ausgabe der Aufgabe).</translation>
    </message>
    <message>
        <source>The template&apos;s reference, [template:][namespace/]name.</source>
        <translation>Die Referenz der Vorlage, [template:][namespace/]name.</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected text or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet: text oder json</translation>
    </message>
    <message>
        <source>atrium-cli: --set needs KEY=VALUE, not &quot;%1&quot;</source>
        <translation>atrium-cli: --set benötigt KEY=VALUE, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(form)</source>
        <translation>(Formular)</translation>
    </message>
    <message>
        <source>Task %1 of %2</source>
        <translation>Aufgabe %1 von %2</translation>
    </message>
    <message>
        <source>atrium-cli: warning: %1 (still following)</source>
        <translation>atrium-cli: Warnung: %1 (Verfolgung läuft weiter)</translation>
    </message>
    <message>
        <source>Link: %1 %2</source>
        <translation>Link: %1 %2</translation>
    </message>
    <message>
        <source>Task %1 %2</source>
        <translation>Aufgabe %1 %2</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogCommand</name>
    <message>
        <source>Usage: atrium-cli catalog SUBCOMMAND [OPTIONS] PATH...

Subcommands:
  lint   Validate catalog descriptor files as Backstage does
  list   List catalog entities

PATH is a descriptor file, a folder (every *.yaml and *.yml below it), an atrium.yaml
workspace or a Backstage app-config.yaml.

Run &quot;atrium-cli catalog SUBCOMMAND --help&quot; for the options of a subcommand.
</source>
        <translation>Aufruf: atrium-cli catalog SUBCOMMAND [OPTIONS] PATH...

Unterbefehle:
  lint   Katalog-Deskriptordateien wie Backstage validieren
  list   Katalogentitäten auflisten

PATH ist eine Deskriptordatei, ein Ordner (alle *.yaml- und *.yml-Dateien darin und in
Unterordnern), ein atrium.yaml-Arbeitsbereich oder eine app-config.yaml von Backstage.

Rufen Sie &quot;atrium-cli catalog SUBCOMMAND --help&quot; auf, um die Optionen eines Unterbefehls
zu sehen.
</translation>
    </message>
    <message>
        <source>atrium-cli: unknown catalog subcommand &quot;%1&quot;</source>
        <translation>atrium-cli: unbekannter catalog-Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Validate catalog descriptor files with Backstage&apos;s rules and report every problem as
file:line:column: error|warning: message. Exits with 1 when there is an error.</source>
        <translation>Katalog-Deskriptordateien nach den Regeln von Backstage validieren und jedes Problem als
Datei:Zeile:Spalte: error|warning: Meldung ausgeben. Endet mit 1, wenn es einen Fehler gibt.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected text or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet: text oder json</translation>
    </message>
    <message>
        <source>List the catalog&apos;s entities (those without errors), as a table or in Backstage&apos;s API shape.</source>
        <translation>Die Entitäten des Katalogs (die fehlerfreien) auflisten, als Tabelle oder im API-Format von Backstage.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>Only entities whose name, title, description, tags, owner, type or system contain every word of TEXT.</source>
        <translation>Nur Entitäten, bei denen jedes Wort aus TEXT in Name, Titel, Beschreibung, Tags, Besitzer, Typ oder System vorkommt.</translation>
    </message>
    <message>
        <source>Only entities of kind K (any case).</source>
        <translation>Nur Entitäten der Art K (Groß-/Kleinschreibung beliebig).</translation>
    </message>
    <message>
        <source>Only entities owned by REF (a group by default, e.g. team-a or user:jane).</source>
        <translation>Nur Entitäten im Besitz von REF (standardmäßig eine Gruppe, z. B. team-a oder user:jane).</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected table or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet: table oder json</translation>
    </message>
    <message>
        <source>atrium-cli: --owner: %1</source>
        <translation>atrium-cli: --owner: %1</translation>
    </message>
    <message>
        <source>atrium-cli: the catalog has %1 error(s); entities with errors are not listed (see &quot;atrium-cli catalog lint&quot;)</source>
        <translation>atrium-cli: der Katalog enthält %1 Fehler; Entitäten mit Fehlern werden nicht aufgelistet (siehe &quot;atrium-cli catalog lint&quot;)</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogFile</name>
    <message>
        <source>Placeholder %1 names the remote location %2, which is not read offline</source>
        <translation>Platzhalter %1 verweist auf den entfernten Speicherort %2, der offline nicht gelesen wird</translation>
    </message>
    <message>
        <source>Placeholder %1 expected a string value parameter, in the form of an absolute URL or a relative path</source>
        <translation>Platzhalter %1 erwartet als Parameter einen Zeichenkettenwert in Form einer absoluten URL oder eines relativen Pfads</translation>
    </message>
    <message>
        <source>file %1 does not exist</source>
        <translation>Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit</source>
        <translation>%1 überschreitet die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>Placeholder %1 could not read location %2, %3</source>
        <translation>Platzhalter %1 konnte den Speicherort %2 nicht lesen, %3</translation>
    </message>
    <message>
        <source>expected exactly one value</source>
        <translation>genau ein Wert erwartet</translation>
    </message>
    <message>
        <source>Placeholder %1 failed to parse JSON data at %2, %3</source>
        <translation>Platzhalter %1 konnte die JSON-Daten unter %2 nicht parsen, %3</translation>
    </message>
    <message>
        <source>Placeholder %1 found an error in the data at %2, %3</source>
        <translation>Platzhalter %1 hat einen Fehler in den Daten unter %2 gefunden, %3</translation>
    </message>
    <message>
        <source>Placeholder %1 expected to find exactly one document of data at %2, found %3</source>
        <translation>Platzhalter %1 hat unter %2 genau ein Datendokument erwartet, aber %3 gefunden</translation>
    </message>
    <message>
        <source>Location target %1 (type %2) is remote; remote locations are not followed offline</source>
        <translation>Location-Ziel %1 (Typ %2) ist entfernt; entfernte Locations werden offline nicht gelesen</translation>
    </message>
    <message>
        <source>File is %1 MB, larger than the %2 MB limit for catalog files; it was not read</source>
        <translation>Die Datei ist %1 MB groß und überschreitet die Grenze von %2 MB für Katalogdateien; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>File looks binary (it contains a NUL byte), not like a YAML catalog file; it was not read</source>
        <translation>Die Datei sieht binär aus (sie enthält ein NUL-Byte) und nicht wie eine YAML-Katalogdatei; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 returned an entity without kind or name; it is left out</source>
        <translation>%1 hat eine Entität ohne kind oder name zurückgegeben; sie wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogIndex</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogLinker</name>
    <message>
        <source>Duplicate entity %1: it is already defined at %2:%3:%4 (entity refs are compared case-insensitively)</source>
        <translation>Doppelte Entität %1: sie ist bereits in %2:%3:%4 definiert (Entitätsreferenzen werden ohne Beachtung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
    <message>
        <source>%1 refers to %2 (relation %3), which is not in the catalog</source>
        <translation>%1 verweist auf %2 (Relation %3), das nicht im Katalog enthalten ist</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogLoader</name>
    <message>
        <source>File could not be read: it is a symbolic link loop or a broken symbolic link</source>
        <translation>Die Datei konnte nicht gelesen werden: sie ist eine Schleife symbolischer Links oder ein defekter symbolischer Link</translation>
    </message>
    <message>
        <source>File could not be read: it does not exist</source>
        <translation>Die Datei konnte nicht gelesen werden: sie existiert nicht</translation>
    </message>
    <message>
        <source>File could not be read: it is a directory</source>
        <translation>Die Datei konnte nicht gelesen werden: sie ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>File could not be read: it is not a regular file</source>
        <translation>Die Datei konnte nicht gelesen werden: sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>File is %1 MB, larger than the %2 MB limit for catalog files; it was not read</source>
        <translation>Die Datei ist %1 MB groß und überschreitet die Grenze von %2 MB für Katalogdateien; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>File could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>File grew beyond the %1 MB limit while it was read; it was not read</source>
        <translation>Die Datei ist beim Lesen über die Grenze von %1 MB gewachsen; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>Folder leads back to a folder that was already searched (symbolic link loop); it was not searched again</source>
        <translation>Der Ordner führt zurück zu einem bereits durchsuchten Ordner (Schleife symbolischer Links); er wurde nicht erneut durchsucht</translation>
    </message>
    <message>
        <source>file %1 does not exist</source>
        <translation>Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>Catalog location %1 matches no file</source>
        <translation>Katalog-Location %1 passt auf keine Datei</translation>
    </message>
    <message>
        <source>location cycle: %1</source>
        <translation>Location-Zyklus: %1</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogOutput</name>
    <message>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>LIFECYCLE</source>
        <translation>LEBENSZYKLUS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogPage</name>
    <message>
        <source>Search name, title, description, tags, owner, type or system</source>
        <translation>Name, Titel, Beschreibung, Tags, Besitzer, Typ oder System durchsuchen</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Catalog entities</source>
        <translation>Katalogentitäten</translation>
    </message>
    <message>
        <source>%1 of %2 entities shown</source>
        <translation>%1 von %2 Entitäten angezeigt</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Show Sta&amp;rred Only</source>
        <translation>Nur Entitäten mit Ste&amp;rn anzeigen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Show only the entities you starred</source>
        <translation>Nur die Entitäten anzeigen, die Sie mit einem Stern markiert haben</translation>
    </message>
    <message>
        <source>Show Entities with &amp;Problems Only</source>
        <translation>Nur Entitäten mit &amp;Problemen anzeigen</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <source>Show only the entities with errors or warnings</source>
        <translation>Nur Entitäten mit Fehlern oder Warnungen anzeigen</translation>
    </message>
    <message>
        <source>S&amp;tar Entity</source>
        <translation>Entität mit S&amp;tern markieren</translation>
    </message>
    <message>
        <source>&amp;Export View as CSV…</source>
        <translation>Ansicht als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the shown rows and columns as a CSV file</source>
        <translation>Die angezeigten Zeilen und Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Export Catalog View</source>
        <translation>Katalogansicht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The catalog view could not be saved to %1: %2</source>
        <translation>Die Katalogansicht konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::CatalogSource</name>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Atrium::CliApplication</name>
    <message>
        <source>atrium-cli: unknown command &quot;%1&quot;</source>
        <translation>atrium-cli: unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: atrium-cli COMMAND [OPTIONS]

Commands:
  catalog lint   Validate catalog descriptor files as Backstage does
  catalog list   List catalog entities
  template list  List the software templates and where they run
  template render  Run a software template locally
  backstage entities  List the entities of a Backstage backend&apos;s catalog
  backstage run  Run a software template on a Backstage backend
  request send   Send a request to an http endpoint through the outbox
  outbox         List the outbox, or send an entry again (list, retry)
  env status     Show what runs where: health, version and drift per environment

Options:
  -h, --help     Show help (also after a command)
  --version      Show the version
</source>
        <translation>Aufruf: atrium-cli COMMAND [OPTIONS]

Befehle:
  catalog lint   Katalog-Deskriptordateien wie Backstage validieren
  catalog list   Katalogentitäten auflisten
  template list  Die Softwarevorlagen auflisten und wo sie laufen
  template render  Eine Softwarevorlage lokal ausführen
  backstage entities  Die Entitäten des Katalogs eines Backstage-Backends auflisten
  backstage run  Eine Softwarevorlage auf einem Backstage-Backend ausführen
  request send   Eine Anfrage über den Postausgang an einen http-Endpunkt senden
  outbox         Den Postausgang auflisten oder einen Eintrag erneut senden (list, retry)
  env status     Zeigen, was wo läuft: Zustand, Version und Abweichungen je Umgebung

Optionen:
  -h, --help     Hilfe anzeigen (auch nach einem Befehl)
  --version      Version anzeigen
</translation>
    </message>
</context>
<context>
    <name>Atrium::CommandLine</name>
    <message>
        <source>Keep parsed files in DIR and reuse them while they are unchanged.</source>
        <translation>Eingelesene Dateien in DIR ablegen und wiederverwenden, solange sie unverändert sind.</translation>
    </message>
    <message>
        <source>A descriptor file, a folder, an atrium.yaml or an app-config.yaml.</source>
        <translation>Eine Deskriptordatei, ein Ordner, eine atrium.yaml oder eine app-config.yaml.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for usage.</source>
        <translation>Rufen Sie &quot;%1 --help&quot; auf, um die Verwendung zu sehen.</translation>
    </message>
    <message>
        <source>atrium-cli: %1 needs at least one PATH</source>
        <translation>atrium-cli: %1 benötigt mindestens ein PATH-Argument</translation>
    </message>
    <message>
        <source>atrium-cli: %1 needs exactly one %2</source>
        <translation>atrium-cli: %1 benötigt genau ein %2</translation>
    </message>
    <message>
        <source>atrium-cli: %1 takes no argument, got &quot;%2&quot;</source>
        <translation>atrium-cli: %1 nimmt kein Argument, erhalten: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Atrium::CommandPalette</name>
    <message>
        <source>Go to an entity, template, page or command</source>
        <translation>Zu einer Entität, Vorlage, Seite oder einem Befehl wechseln</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to go · Esc to close</source>
        <translation>↑↓ zum Auswählen · Eingabe zum Öffnen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Go to Anything…</source>
        <translation>Gehe zu …</translation>
    </message>
    <message>
        <source>Type to search the catalog</source>
        <translation>Tippen, um den Katalog zu durchsuchen</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Command palette search</source>
        <translation>Suche der Befehlspalette</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Ergebnisse der Befehlspalette</translation>
    </message>
</context>
<context>
    <name>Atrium::ComponentTargetsReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::CreatePage</name>
    <message>
        <source>Search templates by name, description, type, owner or tag</source>
        <translation>Vorlagen nach Name, Beschreibung, Typ, Besitzer oder Tag durchsuchen</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>Vorlagentyp</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>This workspace has no software templates. Templates are catalog entities of kind Template (scaffolder.backstage.io/v1beta3); list their files as catalog locations.</source>
        <translation>Dieser Arbeitsbereich hat keine Softwarevorlagen. Vorlagen sind Katalogentitäten der Art Template (scaffolder.backstage.io/v1beta3); ihre Dateien werden als Katalog-Locations eingetragen.</translation>
    </message>
    <message>
        <source>No template matches the search.</source>
        <translation>Keine Vorlage passt zur Suche.</translation>
    </message>
</context>
<context>
    <name>Atrium::DashboardBuilder</name>
    <message>
        <source>last refresh failed: %1</source>
        <translation>letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No Argo CD application matches %1</source>
        <translation>Keine Argo-CD-Anwendung passt zu %1</translation>
    </message>
    <message>
        <source>No Argo CD application named %1</source>
        <translation>Keine Argo-CD-Anwendung namens %1</translation>
    </message>
    <message>
        <source>No Deployment matches %1</source>
        <translation>Kein Deployment passt zu %1</translation>
    </message>
    <message>
        <source>No Deployment labelled backstage.io/kubernetes-id=%1</source>
        <translation>Kein Deployment mit dem Label backstage.io/kubernetes-id=%1</translation>
    </message>
    <message>
        <source>Not probed yet: %1</source>
        <translation>Noch nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>Atrium::EndpointRequest</name>
    <message>
        <source>The body of endpoint %1 (%2, line %3)</source>
        <translation>Der Body des Endpunkts %1 (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>The body of endpoint %1</source>
        <translation>Der Body des Endpunkts %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON once rendered: %2 at line %3, column %4 of the rendered text: %5</source>
        <translation>%1 ist nach dem Rendern kein gültiges JSON: %2 in Zeile %3, Spalte %4 des gerenderten Texts: %5</translation>
    </message>
    <message>
        <source>%1 must render to a JSON object: the token goes into its field %2</source>
        <translation>%1 muss zu einem JSON-Objekt gerendert werden: das Token kommt in sein Feld %2</translation>
    </message>
</context>
<context>
    <name>Atrium::EntityPage</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Annotations and labels</source>
        <translation>Annotationen und Labels</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>API definition</source>
        <translation>API-Definition</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Quelldokument</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Problems of this entity</source>
        <translation>Probleme dieser Entität</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>Nicht im Katalog</translation>
    </message>
    <message>
        <source>Relations (%1)</source>
        <translation>Beziehungen (%1)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source># %1 is too large to show (%2 bytes).</source>
        <translation># %1 ist zu groß zum Anzeigen (%2 Bytes).</translation>
    </message>
    <message>
        <source># %1 cannot be read: %2</source>
        <translation># %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Source: the Backstage backend %1</source>
        <translation>Quelle: das Backstage-Backend %1</translation>
    </message>
</context>
<context>
    <name>Atrium::EntityPickerEditor</name>
    <message>
        <source>Choose one of the catalog&apos;s entities: %1 is not one of them.</source>
        <translation>Wählen Sie eine Entität aus dem Katalog: %1 gehört nicht dazu.</translation>
    </message>
</context>
<context>
    <name>Atrium::EntityTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>From the catalog of the backend %1</source>
        <translation>Aus dem Katalog des Backends %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Atrium::EntityValidator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total</source>
        <translation>eine Zeichenkette aus Folgen von [a-zA-Z0-9], getrennt durch eines der Zeichen [-_.], insgesamt höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>an optional DNS subdomain prefix and a slash (like backstage.io/), then a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total</source>
        <translation>ein optionales DNS-Subdomain-Präfix mit Schrägstrich (wie backstage.io/), danach eine Zeichenkette aus Folgen von [a-zA-Z0-9], getrennt durch eines der Zeichen [-_.], insgesamt höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid; expected %3</source>
        <translation>%1 &quot;%2&quot; ist ungültig; erwartet wurde %3</translation>
    </message>
    <message>
        <source>Label key &quot;%1&quot; is not valid; expected %2</source>
        <translation>Label-Schlüssel &quot;%1&quot; ist ungültig; erwartet wurde %2</translation>
    </message>
    <message>
        <source>Annotation key &quot;%1&quot; is not valid; expected %2</source>
        <translation>Annotations-Schlüssel &quot;%1&quot; ist ungültig; erwartet wurde %2</translation>
    </message>
    <message>
        <source>an empty string or %1</source>
        <translation>eine leere Zeichenkette oder %1</translation>
    </message>
    <message>
        <source>an absolute URL, like https://example.com/page</source>
        <translation>eine absolute URL, wie https://example.com/page</translation>
    </message>
    <message>
        <source>%1 must not be blank</source>
        <translation>%1 darf nicht leer sein oder nur aus Leerraum bestehen</translation>
    </message>
    <message>
        <source>a string that is sequences of [a-z0-9] separated by [-], at most 63 characters in total</source>
        <translation>eine Zeichenkette aus Folgen von [a-z0-9], getrennt durch [-], insgesamt höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>a string that is sequences of [a-z0-9:+#] separated by [-], at most 63 characters in total</source>
        <translation>eine Zeichenkette aus Folgen von [a-z0-9:+#], getrennt durch [-], insgesamt höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; at the root of the entity; only apiVersion, kind, metadata and spec are allowed</source>
        <translation>Unbekanntes Feld &quot;%1&quot; auf oberster Ebene der Entität; erlaubt sind nur apiVersion, kind, metadata und spec</translation>
    </message>
    <message>
        <source>an optional DNS subdomain prefix and a slash, then a version of at most 63 letters and digits, like backstage.io/v1alpha1</source>
        <translation>ein optionales DNS-Subdomain-Präfix mit Schrägstrich, danach eine Version aus höchstens 63 Buchstaben und Ziffern, wie backstage.io/v1alpha1</translation>
    </message>
    <message>
        <source>a string that is a sequence of [a-zA-Z][a-z0-9A-Z], at most 63 characters in total</source>
        <translation>eine Zeichenkette aus einer Folge von [a-zA-Z][a-z0-9A-Z], insgesamt höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>%1 must be one of &quot;required&quot; or &quot;optional&quot;, but found &quot;%2&quot;</source>
        <translation>%1 muss &quot;required&quot; oder &quot;optional&quot; sein, gefunden wurde aber &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a mapping or a list of mappings</source>
        <translation>eine Zuordnung oder eine Liste von Zuordnungen</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not supported for kind %2; expected %3</source>
        <translation>apiVersion &quot;%1&quot; wird für die Art %2 nicht unterstützt; erwartet wurde %3</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; with apiVersion &quot;%2&quot; is not supported</source>
        <translation>kind &quot;%1&quot; mit apiVersion &quot;%2&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source> (kinds are case-sensitive: did you mean %1?)</source>
        <translation> (bei Arten wird die Groß-/Kleinschreibung beachtet: meinten Sie %1?)</translation>
    </message>
    <message>
        <source>No processor recognized the entity %1 as valid: %2</source>
        <translation>Kein Prozessor hat die Entität %1 als gültig erkannt: %2</translation>
    </message>
    <message>
        <source>%1 is required but missing</source>
        <translation>%1 ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>%1 is required for %2 but missing</source>
        <translation>%1 ist für %2 erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>%1 must be %2, but found %3</source>
        <translation>%1 muss %2 sein, gefunden wurde aber %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string or a boolean</source>
        <translation>eine Zeichenkette oder ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>an empty value (null)</source>
        <translation>ein leerer Wert (null)</translation>
    </message>
</context>
<context>
    <name>Atrium::EnvCommand</name>
    <message>
        <source>Usage: atrium-cli env SUBCOMMAND [OPTIONS] PATH

Subcommands:
  status   Show what runs where: health, version, replicas and drift per environment

PATH is a workspace folder or its atrium.yaml, whose environments: say where the status
comes from (docs/environments.md).

Run &quot;atrium-cli env SUBCOMMAND --help&quot; for the options of a subcommand.
</source>
        <translation>Aufruf: atrium-cli env SUBCOMMAND [OPTIONS] PATH

Unterbefehle:
  status   Zeigen, was wo läuft: Zustand, Version, Replikate und Abweichungen je Umgebung

PATH ist ein Arbeitsbereichsordner oder seine atrium.yaml, deren environments: sagen, woher der
Status kommt (docs/environments.md).

&quot;atrium-cli env SUBCOMMAND --help&quot; zeigt die Optionen eines Unterbefehls.
</translation>
    </message>
    <message>
        <source>atrium-cli: unknown env subcommand &quot;%1&quot;</source>
        <translation>atrium-cli: unbekannter env-Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>KOMPONENTE</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Drift (*):</source>
        <translation>Abweichungen (*):</translation>
    </message>
    <message>
        <source>Read every status source of the workspace&apos;s environments once and show, per component and
environment, the health, version, ready/desired replicas and drift. Exits with 1 when a source
could not be read; its components&apos; cells then say unknown, with the error as message.</source>
        <translation>Jede Statusquelle der Umgebungen des Arbeitsbereichs einmal lesen und je Komponente und Umgebung
Zustand, Version, bereite/gewünschte Replikate und Abweichungen zeigen. Endet mit 1, wenn eine Quelle
nicht gelesen werden konnte; die Zellen ihrer Komponenten sagen dann unknown, mit dem Fehler als Meldung.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected table or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet table oder json</translation>
    </message>
    <message>
        <source>atrium-cli: env status takes one workspace PATH</source>
        <translation>atrium-cli: env status erwartet einen Arbeitsbereich als PATH</translation>
    </message>
    <message>
        <source>atrium-cli: %1 holds no atrium.yaml, so it declares no environments</source>
        <translation>atrium-cli: %1 enthält keine atrium.yaml und deklariert daher keine Umgebungen</translation>
    </message>
    <message>
        <source>atrium-cli: %1 declares no environments</source>
        <translation>atrium-cli: %1 deklariert keine Umgebungen</translation>
    </message>
    <message>
        <source>atrium-cli: %1: %2 %3: %4</source>
        <translation>atrium-cli: %1: %2 %3: %4</translation>
    </message>
    <message>
        <source>atrium-cli: %1: %2 %3: warning: %4</source>
        <translation>atrium-cli: %1: %2 %3: Warnung: %4</translation>
    </message>
</context>
<context>
    <name>Atrium::EnvironmentCellDelegate</name>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>Atrium::EnvironmentMatrix</name>
    <message>
        <source>%1 runs %2, %3 %4</source>
        <translation>%1 hat %2, %3 %4</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
</context>
<context>
    <name>Atrium::EnvironmentMatrixModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Replicas ready: %1</source>
        <translation>Bereite Replikate: %1</translation>
    </message>
    <message>
        <source>Deployed: %1 (%2)</source>
        <translation>Ausgerollt: %1 (%2)</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>Stale: not refreshed for more than two intervals</source>
        <translation>Veraltet: seit mehr als zwei Intervallen nicht aktualisiert</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Atrium::EnvironmentsPage</name>
    <message>
        <source>No environments yet</source>
        <translation>Noch keine Umgebungen</translation>
    </message>
    <message>
        <source>Declare your environments under &lt;b&gt;environments:&lt;/b&gt; in atrium.yaml, each with where its status comes from: Argo CD, Kubernetes, a Terraform state, a status endpoint or health URLs. docs/environments.md shows how.</source>
        <translation>Deklarieren Sie Ihre Umgebungen unter &lt;b&gt;environments:&lt;/b&gt; in atrium.yaml, jede mit der Quelle ihres Status: Argo CD, Kubernetes, ein Terraform-State, ein Status-Endpunkt oder Health-URLs. docs/environments.md zeigt, wie.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Environment summaries</source>
        <translation>Übersicht der Umgebungen</translation>
    </message>
    <message>
        <source>Filter components…</source>
        <translation>Komponenten filtern…</translation>
    </message>
    <message>
        <source>Filter components</source>
        <translation>Komponenten filtern</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Drift only</source>
        <translation>Nur Abweichungen</translation>
    </message>
    <message>
        <source>Only components whose version differs between environments</source>
        <translation>Nur Komponenten, deren Version sich zwischen Umgebungen unterscheidet</translation>
    </message>
    <message>
        <source>Not healthy only</source>
        <translation>Nur nicht gesunde</translation>
    </message>
    <message>
        <source>Environment matrix</source>
        <translation>Umgebungsmatrix</translation>
    </message>
    <message>
        <source>Cell details</source>
        <translation>Zelldetails</translation>
    </message>
    <message>
        <source>Notify me when it turns degraded or missing</source>
        <translation>Benachrichtigen, wenn sie beeinträchtigt oder verschwunden ist</translation>
    </message>
    <message>
        <source>Open in Catalog</source>
        <translation>Im Katalog öffnen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After promotion</source>
        <translation>Nach der Promotion</translation>
    </message>
    <message>
        <source>What a promotion would change</source>
        <translation>Was eine Promotion ändern würde</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No component reported yet</source>
        <translation>Noch keine Komponente gemeldet</translation>
    </message>
    <message>
        <source>last answered %1</source>
        <translation>zuletzt geantwortet %1</translation>
    </message>
    <message>
        <source>stale: last answered %1</source>
        <translation>veraltet: zuletzt geantwortet %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>geantwortet %1</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>wartet auf die erste Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), serial %1, Terraform %2</source>
        <translation>
            <numerusform>%n Ressource, Serial %1, Terraform %2</numerusform>
            <numerusform>%n Ressourcen, Serial %1, Terraform %2</numerusform>
        </translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Besitzer</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>All lifecycles</source>
        <translation>Alle Lebenszyklen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nothing to promote: the versions are the same</source>
        <translation>Nichts zu promoten: die Versionen sind gleich</translation>
    </message>
    <message>
        <source>Select a cell to see what its sources say.</source>
        <translation>Wählen Sie eine Zelle, um zu sehen, was ihre Quellen sagen.</translation>
    </message>
    <message>
        <source>Replicas ready</source>
        <translation>Bereite Replikate</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>not refreshed for more than two intervals; not current</source>
        <translation>seit mehr als zwei Intervallen nicht aktualisiert; nicht aktuell</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>No source of %1 knows this component.</source>
        <translation>Keine Quelle von %1 kennt diese Komponente.</translation>
    </message>
    <message>
        <source>Read every source of every environment again now</source>
        <translation>Jede Quelle jeder Umgebung jetzt erneut lesen</translation>
    </message>
    <message>
        <source>Notify Me When It Turns Degraded or Missing</source>
        <translation>Benachrichtigen, wenn sie beeinträchtigt oder verschwunden ist</translation>
    </message>
    <message>
        <source>Copy Version %1</source>
        <translation>Version %1 kopieren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>Atrium::ExtensionDefaults</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>An entity from the catalog</source>
        <translation>Eine Entität aus dem Katalog</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>The owner of the component</source>
        <translation>Der Besitzer der Komponente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unique name of the component</source>
        <translation>Eindeutiger Name der Komponente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags separated by commas: a-z, 0-9, &apos;+&apos; and &apos;#&apos;, words joined by &apos;-&apos;, at most 63 characters each</source>
        <translation>Tags durch Kommas getrennt: a-z, 0-9, &apos;+&apos; und &apos;#&apos;, Wörter durch &apos;-&apos; verbunden, je höchstens 63 Zeichen</translation>
    </message>
</context>
<context>
    <name>Atrium::FacetModel</name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>Atrium::FacetSection</name>
    <message numerus="yes">
        <source>%1 (%n selected)</source>
        <translation>
            <numerusform>%1 (%n ausgewählt)</numerusform>
            <numerusform>%1 (%n ausgewählt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atrium::FieldExtensionValidator</name>
    <message>
        <source>Must start and end with a letter or digit and contain only letters, digits, hyphens, underscores and periods; at most 63 characters.</source>
        <translation>Muss mit einem Buchstaben oder einer Ziffer beginnen und enden und darf nur Buchstaben, Ziffern, Bindestriche, Unterstriche und Punkte enthalten; höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Not a valid tag: %1. Tags use a-z, 0-9, &apos;:&apos;, &apos;+&apos; and &apos;#&apos;, in words joined by &apos;-&apos;, at most 63 characters.</source>
        <translation>Ungültiges Tag: %1. Tags bestehen aus a-z, 0-9, &apos;:&apos;, &apos;+&apos; und &apos;#&apos;, in Wörtern, die durch &apos;-&apos; verbunden sind, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>Choose a host and enter the repository&apos;s name.</source>
        <translation>Einen Host auswählen und den Namen des Repositorys eingeben.</translation>
    </message>
</context>
<context>
    <name>Atrium::FieldRow</name>
    <message>
        <source>The field %1 is not available in Atrium; enter the value directly.</source>
        <translation>Das Feld %1 ist in Atrium nicht verfügbar; geben Sie den Wert direkt ein.</translation>
    </message>
</context>
<context>
    <name>Atrium::FinishWizardPage</name>
    <message>
        <source>&amp;Create Files</source>
        <translation>Dateien &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Submit to Backend</source>
        <translation>An das &amp;Backend senden</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Write the files into a folder on this machine.</source>
        <translation>Die Dateien in einen Ordner auf diesem Rechner schreiben.</translation>
    </message>
    <message>
        <source>Folder for the new files</source>
        <translation>Ordner für die neuen Dateien</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the target folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>Stop and write nothing if a file exists</source>
        <translation>Abbrechen und nichts schreiben, wenn eine Datei bereits existiert</translation>
    </message>
    <message>
        <source>Keep files that exist, write the others</source>
        <translation>Vorhandene Dateien behalten, die übrigen schreiben</translation>
    </message>
    <message>
        <source>Overwrite files that exist</source>
        <translation>Vorhandene Dateien überschreiben</translation>
    </message>
    <message>
        <source>Template output</source>
        <translation>Ausgabe der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Existing files:</source>
        <translation>Vorhandene Dateien:</translation>
    </message>
    <message>
        <source>Folder for the New Files</source>
        <translation>Ordner für die neuen Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be written.</source>
        <translation>
            <numerusform>%n Datei wird geschrieben.</numerusform>
            <numerusform>%n Dateien werden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The template&apos;s later steps need a Backstage backend; these files are everything before them.</source>
        <translation>Die späteren Schritte der Vorlage brauchen ein Backstage-Backend; diese Dateien sind alles, was davor entsteht.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird geschrieben…</numerusform>
            <numerusform>%n Dateien werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing files: %1</source>
        <translation>Vorhandene Dateien: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1.</source>
        <translation>
            <numerusform>%n Datei in %1 geschrieben.</numerusform>
            <numerusform>%n Dateien in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n existing file(s).</source>
        <translation>
            <numerusform>%n vorhandene Datei behalten.</numerusform>
            <numerusform>%n vorhandene Dateien behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Backstage backend or request endpoint is configured for this workspace.</source>
        <translation>Für diesen Arbeitsbereich ist kein Backstage-Backend und kein Anfrage-Endpunkt konfiguriert.</translation>
    </message>
    <message>
        <source>Write the files into a folder on this machine, or submit the run to a backend.</source>
        <translation>Die Dateien in einen Ordner auf diesem Rechner schreiben oder den Lauf an ein Backend übermitteln.</translation>
    </message>
    <message>
        <source>&amp;Submit to %1</source>
        <translation>An %1 &amp;übermitteln</translation>
    </message>
    <message>
        <source>&amp;Submit To</source>
        <translation>&amp;Übermitteln an</translation>
    </message>
    <message>
        <source>Send this run to a backend or request endpoint; it is queued in Activity.</source>
        <translation>Diesen Lauf an ein Backend oder einen Anfrage-Endpunkt senden; er wird in Aktivität eingereiht.</translation>
    </message>
    <message>
        <source>Submitted. The request is in the outbox and goes out now; follow it in &lt;a href=&quot;activity&quot;&gt;Activity&lt;/a&gt;.</source>
        <translation>Übermittelt. Die Anfrage liegt im Postausgang und wird jetzt gesendet; verfolgen Sie sie unter &lt;a href=&quot;activity&quot;&gt;Aktivität&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>Atrium::FormLayout</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Atrium::FormWizardPage</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>Atrium::GraphLayout</name>
    <message>
        <source>Graphviz gave no reason.</source>
        <translation>Graphviz hat keinen Grund genannt.</translation>
    </message>
</context>
<context>
    <name>Atrium::GraphNodeItem</name>
    <message>
        <source>%1
Not in the catalog</source>
        <translation>%1
Nicht im Katalog</translation>
    </message>
</context>
<context>
    <name>Atrium::HealthNotifier</name>
    <message>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <source>%1 is degraded in %2</source>
        <translation>%1 ist in %2 beeinträchtigt</translation>
    </message>
    <message>
        <source>%1 is missing in %2</source>
        <translation>%1 fehlt in %2</translation>
    </message>
    <message>
        <source>It was %1 before.</source>
        <translation>Vorher war sie %1.</translation>
    </message>
</context>
<context>
    <name>Atrium::HealthProbeVerdict</name>
    <message>
        <source>Host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
</context>
<context>
    <name>Atrium::HealthStyle</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>Im Fortschritt</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Atrium::HighlightedTextView</name>
    <message>
        <source>File contents</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
</context>
<context>
    <name>Atrium::HttpOutcome</name>
    <message>
        <source>connection refused (is the backend running?)</source>
        <translation>Verbindung abgelehnt (läuft das Backend?)</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the backend closed the connection before answering</source>
        <translation>das Backend hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>too many redirects (a redirect loop?)</source>
        <translation>zu viele Weiterleitungen (eine Weiterleitungsschleife?)</translation>
    </message>
    <message>
        <source>refused a redirect from https to http</source>
        <translation>Weiterleitung von https auf http abgelehnt</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: the answer is empty, expected JSON</source>
        <translation>%1: die Antwort ist leer, JSON erwartet</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at byte %3 of %4)</source>
        <translation>%1: die Antwort ist kein gültiges JSON (%2 bei Byte %3 von %4)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: no connection within the time allowed</source>
        <translation>%1: keine Verbindung innerhalb der erlaubten Zeit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s after the request was sent</source>
        <translation>%1: keine Antwort innerhalb von %2 s nach dem Senden der Anfrage</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: unauthorized (check the token)</source>
        <translation>%1: nicht autorisiert (prüfen Sie das Token)</translation>
    </message>
    <message>
        <source>%1: forbidden</source>
        <translation>%1: verboten</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>%1: too many requests</source>
        <translation>%1: zu viele Anfragen</translation>
    </message>
    <message>
        <source>%1: the backend failed</source>
        <translation>%1: das Backend ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Atrium::JsonEditor</name>
    <message>
        <source>Not valid JSON: %1 (line %2, column %3).</source>
        <translation>Kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>Not valid JSON: enter one value, such as [{&quot;port&quot;: 80}].</source>
        <translation>Kein gültiges JSON: einen einzelnen Wert eingeben, etwa [{&quot;port&quot;: 80}].</translation>
    </message>
</context>
<context>
    <name>Atrium::KubernetesDeployments</name>
    <message>
        <source>The answer is not a Kubernetes object: %1</source>
        <translation>Die Antwort ist kein Kubernetes-Objekt: %1</translation>
    </message>
    <message>
        <source>Kubernetes answered %1 (%2): %3</source>
        <translation>Kubernetes antwortete %1 (%2): %3</translation>
    </message>
    <message>
        <source>Expected a DeploymentList, got %1</source>
        <translation>Eine DeploymentList erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
</context>
<context>
    <name>Atrium::LabelSelector</name>
    <message>
        <source>Empty requirement in label selector &quot;%1&quot;</source>
        <translation>Leere Bedingung im Label-Selektor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label key (in label selector &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; ist kein Label-Schlüssel (im Label-Selektor &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>Atrium::ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <source>Remove item %1 of %2</source>
        <translation>Eintrag %1 aus %2 entfernen</translation>
    </message>
</context>
<context>
    <name>Atrium::MainWindow</name>
    <message>
        <source>Atrium</source>
        <translation>Atrium</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspaces (atrium.yaml app-config.yaml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Arbeitsbereiche (atrium.yaml app-config.yaml);;YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search Catalog</source>
        <translation>&amp;Katalog durchsuchen</translation>
    </message>
    <message>
        <source>%1 — Atrium</source>
        <translation>%1 — Atrium</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Resume Draft?</source>
        <translation>Entwurf fortsetzen?</translation>
    </message>
    <message>
        <source>You started &quot;%1&quot; on %2 and did not finish. Resume where you left off?</source>
        <translation>Sie haben „%1“ am %2 begonnen, aber nicht abgeschlossen. Dort weitermachen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>&amp;Resume Draft</source>
        <translation>Entwurf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Cancel</source>
        <translation>Abbrechen nicht möglich</translation>
    </message>
    <message>
        <source>Refresh &amp;Backstage Catalogs</source>
        <translation>&amp;Backstage-Kataloge aktualisieren</translation>
    </message>
    <message>
        <source>Backstage: loading…</source>
        <translation>Backstage: wird geladen…</translation>
    </message>
    <message>
        <source>Backstage: unreachable</source>
        <translation>Backstage: nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Backstage: %n entities</source>
        <translation>
            <numerusform>Backstage: %n Entität</numerusform>
            <numerusform>Backstage: %n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to refresh.</source>
        <translation>Zum Aktualisieren klicken.</translation>
    </message>
    <message>
        <source>Requests in progress: %1</source>
        <translation>Laufende Anfragen: %1</translation>
    </message>
    <message>
        <source>Backend Not Configured</source>
        <translation>Backend nicht konfiguriert</translation>
    </message>
    <message>
        <source>The template %1 comes from the backend %2, which this workspace&apos;s atrium.yaml no longer lists.</source>
        <translation>Die Vorlage %1 stammt vom Backend %2, das die atrium.yaml dieses Arbeitsbereichs nicht mehr aufführt.</translation>
    </message>
    <message>
        <source>Loading the form of %1 from %2…</source>
        <translation>Formular von %1 wird von %2 geladen…</translation>
    </message>
    <message>
        <source>Cannot Open the Template</source>
        <translation>Die Vorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 did not give the form of %2: %3</source>
        <translation>%1 hat das Formular von %2 nicht geliefert: %3</translation>
    </message>
    <message>
        <source>Backstage (%1)</source>
        <translation>Backstage (%1)</translation>
    </message>
    <message>
        <source>No request endpoint is configured: add one under backends in atrium.yaml (Settings ▸ Backends).</source>
        <translation>Kein Anfrage-Endpunkt ist konfiguriert: Fügen Sie einen unter backends in atrium.yaml hinzu (Einstellungen ▸ Backends).</translation>
    </message>
    <message>
        <source>%1 is no longer in atrium.yaml.</source>
        <translation>%1 steht nicht mehr in atrium.yaml.</translation>
    </message>
    <message>
        <source>Refresh &amp;Environments</source>
        <translation>&amp;Umgebungen aktualisieren</translation>
    </message>
</context>
<context>
    <name>Atrium::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Atrium::NetworkOptions</name>
    <message>
        <source>cannot read the CA bundle %1: %2</source>
        <translation>das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA bundle %1 holds no PEM certificate</source>
        <translation>das CA-Bundle %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>Atrium::Outbox</name>
    <message>
        <source>Atrium stopped while sending; queued again, as sending it twice does no harm</source>
        <translation>Atrium wurde beim Senden beendet; erneut eingereiht, da doppeltes Senden nicht schadet</translation>
    </message>
    <message>
        <source>Atrium stopped while sending this request, so the backend may or may not have received it. Check the backend, then retry or remove it.</source>
        <translation>Atrium wurde beim Senden dieser Anfrage beendet; das Backend hat sie vielleicht erhalten, vielleicht nicht. Prüfen Sie das Backend und wiederholen oder entfernen Sie die Anfrage dann.</translation>
    </message>
    <message>
        <source>Sending, attempt %1</source>
        <translation>Wird gesendet, Versuch %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1; trying again at %2</source>
        <translation>%1; neuer Versuch um %2</translation>
    </message>
    <message>
        <source>The outbox file %1 is ignored: %2</source>
        <translation>Die Postausgangsdatei %1 wird ignoriert: %2</translation>
    </message>
    <message>
        <source>it holds the entry %1</source>
        <translation>sie enthält den Eintrag %1</translation>
    </message>
    <message>
        <source>The outbox folder %1 cannot be created</source>
        <translation>Der Postausgangsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The outbox entry cannot be written to %1: %2</source>
        <translation>Der Postausgangseintrag kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The outbox already holds an entry %1</source>
        <translation>Der Postausgang enthält bereits einen Eintrag %1</translation>
    </message>
    <message>
        <source>The outbox holds no entry %1</source>
        <translation>Der Postausgang enthält keinen Eintrag %1</translation>
    </message>
    <message>
        <source>Only a failed request or one with an unknown outcome can be retried; this one is %1</source>
        <translation>Nur eine fehlgeschlagene Anfrage oder eine mit unbekanntem Ausgang kann wiederholt werden; diese ist %1</translation>
    </message>
    <message>
        <source>Queued again by hand</source>
        <translation>Von Hand erneut eingereiht</translation>
    </message>
    <message>
        <source>The outbox entry %1 cannot be deleted: %2</source>
        <translation>Der Postausgangseintrag %1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::OutboxCommand</name>
    <message>
        <source>Usage: atrium-cli outbox SUBCOMMAND [OPTIONS]

Subcommands:
  list       List what the outbox holds: state, id, target, title, attempts, last error
  retry ID   Send an entry again (a failed one, or an unknown one with --yes)

Options shared by both:
  --outbox DIR   The outbox folder (default: $ATRIUM_OUTBOX_DIR, else Atrium&apos;s own)
</source>
        <translation>Aufruf: atrium-cli outbox SUBCOMMAND [OPTIONS]

Unterbefehle:
  list       Inhalt des Postausgangs auflisten: Zustand, ID, Ziel, Titel, Versuche, letzter Fehler
  retry ID   Einen Eintrag erneut senden (einen fehlgeschlagenen, oder einen unbekannten mit --yes)

Gemeinsame Optionen:
  --outbox DIR   Der Postausgangsordner (Standard: $ATRIUM_OUTBOX_DIR, sonst der von Atrium)
</translation>
    </message>
    <message>
        <source>The outbox folder (default: $ATRIUM_OUTBOX_DIR, else %1).</source>
        <translation>Der Postausgangsordner (Standard: $ATRIUM_OUTBOX_DIR, sonst %1).</translation>
    </message>
    <message>
        <source>atrium-cli: unknown outbox subcommand &quot;%1&quot;</source>
        <translation>atrium-cli: unbekannter outbox-Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>List the outbox&apos;s entries, newest first.</source>
        <translation>Die Einträge des Postausgangs auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>atrium-cli: outbox list takes no arguments</source>
        <translation>atrium-cli: outbox list nimmt keine Argumente</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected table or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet: table oder json</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>Send the outbox entry ID again (the start of its id is enough) and wait for the outcome, as request send does. A failed entry is queued again; an entry whose outcome is unknown may already have reached the backend, so it needs --yes. The targets are read from the workspace&apos;s atrium.yaml.</source>
        <translation>Den Postausgangseintrag ID erneut senden (der Anfang seiner ID genügt) und wie bei request send auf das Ergebnis warten. Ein fehlgeschlagener Eintrag wird erneut eingereiht; ein Eintrag mit unbekanntem Ausgang hat das Backend möglicherweise schon erreicht und benötigt daher --yes. Die Ziele werden aus der atrium.yaml des Arbeitsbereichs gelesen.</translation>
    </message>
    <message>
        <source>Send an entry whose outcome is unknown, accepting a possible duplicate.</source>
        <translation>Einen Eintrag mit unbekanntem Ausgang senden und ein mögliches Duplikat in Kauf nehmen.</translation>
    </message>
    <message>
        <source>The workspace: a folder with an atrium.yaml, or the file (default: the current folder).</source>
        <translation>Der Arbeitsbereich: ein Ordner mit einer atrium.yaml oder die Datei selbst (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Give up waiting after SECONDS (default 60).</source>
        <translation>Das Warten nach SECONDS Sekunden aufgeben (Standard 60).</translation>
    </message>
    <message>
        <source>At most N attempts (default 5).</source>
        <translation>Höchstens N Versuche (Standard 5).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>An outbox entry&apos;s id, or its start.</source>
        <translation>Die ID eines Postausgangseintrags oder ihr Anfang.</translation>
    </message>
    <message>
        <source>atrium-cli: --timeout and --max-attempts must be whole numbers, 1 or more</source>
        <translation>atrium-cli: --timeout und --max-attempts müssen ganze Zahlen sein, 1 oder größer</translation>
    </message>
    <message>
        <source>atrium-cli: the outbox %1 holds no entry %2</source>
        <translation>atrium-cli: der Postausgang %1 enthält keinen Eintrag %2</translation>
    </message>
    <message numerus="yes">
        <source>atrium-cli: %1 matches %n entries; give more of the id: %2</source>
        <translation>
            <numerusform>atrium-cli: %1 passt auf %n Eintrag; geben Sie mehr von der ID an: %2</numerusform>
            <numerusform>atrium-cli: %1 passt auf %n Einträge; geben Sie mehr von der ID an: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>atrium-cli: %1 may already have reached %2: %3
Sending it again may do it twice (a second repository, a second pipeline). Check %2, then run again with --yes to send it anyway, or remove it.</source>
        <translation>atrium-cli: %1 hat %2 möglicherweise bereits erreicht: %3
Erneutes Senden kann es doppelt ausführen (ein zweites Repository, eine zweite Pipeline). Prüfen Sie %2 und führen Sie den Befehl dann mit --yes erneut aus, um ihn trotzdem zu senden, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>atrium-cli: %1 is %2; there is nothing to retry</source>
        <translation>atrium-cli: %1 ist %2; es gibt nichts zu wiederholen</translation>
    </message>
</context>
<context>
    <name>Atrium::OutboxEntry</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Ausgang unbekannt</translation>
    </message>
    <message>
        <source>expected an Atrium outbox entry (&quot;format&quot;: &quot;%1&quot;), found %2</source>
        <translation>Atrium-Postausgangseintrag erwartet (&quot;format&quot;: &quot;%1&quot;), gefunden: %2</translation>
    </message>
    <message>
        <source>no format</source>
        <translation>kein Format</translation>
    </message>
    <message>
        <source>expected format version %1, found %2</source>
        <translation>Formatversion %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected an id (a UUID), found &quot;%1&quot;</source>
        <translation>eine ID (eine UUID) erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected the kind scaffolderTask or httpRequest, found &quot;%1&quot;</source>
        <translation>die Art scaffolderTask oder httpRequest erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a state (queued, sending, sent, running, completed, failed or unknown), found &quot;%1&quot;</source>
        <translation>einen Zustand erwartet (queued, sending, sent, running, completed, failed oder unknown), gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected createdAt, a UTC time</source>
        <translation>createdAt erwartet, eine UTC-Zeit</translation>
    </message>
    <message>
        <source>expected an HTTP method</source>
        <translation>eine HTTP-Methode erwartet</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation>sie ist kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ein JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>Atrium::OutboxEntryView</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>Nächster Versuch:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Backend id:</source>
        <translation>Backend-ID:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Diese Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>Schrittprotokoll</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Output text</source>
        <translation>Ausgabetext</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Task id:</source>
        <translation>Aufgaben-ID:</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>so bald wie möglich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The backend has reported no steps yet.</source>
        <translation>Das Backend hat noch keine Schritte gemeldet.</translation>
    </message>
    <message>
        <source>This step has written nothing yet.</source>
        <translation>Dieser Schritt hat noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Body.</translation>
    </message>
</context>
<context>
    <name>Atrium::OutboxModel</name>
    <message>
        <source>Scaffolder task</source>
        <translation>Scaffolder-Aufgabe</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Atrium::OutboxSender</name>
    <message>
        <source>The workspace has no backend or endpoint named %1 (any more); add it to atrium.yaml&apos;s backends, or remove this request</source>
        <translation>Der Arbeitsbereich hat (nicht mehr) ein Backend oder einen Endpunkt namens %1; fügen Sie ihn zu den backends in atrium.yaml hinzu oder entfernen Sie diese Anfrage</translation>
    </message>
    <message>
        <source>Only a queued request can be sent now</source>
        <translation>Nur eine eingereihte Anfrage kann jetzt gesendet werden</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No backend or endpoint named %1</source>
        <translation>Kein Backend oder Endpunkt namens %1</translation>
    </message>
    <message>
        <source>The secret fields %1 are kept in memory only and were lost when Atrium restarted; enter them again to send this task</source>
        <translation>Die geheimen Felder %1 werden nur im Speicher gehalten und sind beim Neustart von Atrium verloren gegangen; geben Sie sie erneut ein, um diese Aufgabe zu senden</translation>
    </message>
    <message>
        <source>%1 needs a token, but its configuration names none</source>
        <translation>%1 benötigt ein Token, aber seine Konfiguration nennt keines</translation>
    </message>
    <message>
        <source>The token of %1: %2</source>
        <translation>Das Token von %1: %2</translation>
    </message>
    <message>
        <source>The stored body is not a JSON object (%1), so its secrets cannot be added</source>
        <translation>Der gespeicherte Body ist kein JSON-Objekt (%1), daher können seine Geheimnisse nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1: HTTP %2 after %3 ms</source>
        <translation>%1: HTTP %2 nach %3 ms</translation>
    </message>
    <message>
        <source>%1: %2 after %3 ms</source>
        <translation>%1: %2 nach %3 ms</translation>
    </message>
    <message>
        <source>The backend accepted the task but named no task id; it cannot be followed</source>
        <translation>Das Backend hat die Aufgabe angenommen, aber keine Aufgaben-ID genannt; sie kann nicht verfolgt werden</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>%1 answers again; sending now</source>
        <translation>%1 antwortet wieder; wird jetzt gesendet</translation>
    </message>
</context>
<context>
    <name>Atrium::PaletteModel</name>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>Atrium::ParameterValidator</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>eine Gruppe von Feldern</translation>
    </message>
    <message>
        <source>The template&apos;s parameter schema cannot be used: %1</source>
        <translation>Das Parameterschema der Vorlage ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>es kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Atrium::PreviewWizardPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The files this template generates, before anything is written. Choose the folder they will go to, to see what is new and what changes.</source>
        <translation>Die Dateien, die diese Vorlage erzeugt, bevor etwas geschrieben wird. Wählen Sie den Zielordner, um zu sehen, was neu ist und was sich ändert.</translation>
    </message>
    <message>
        <source>Rendering the template</source>
        <translation>Vorlage wird gerendert</translation>
    </message>
    <message>
        <source>What would be submitted to a backend</source>
        <translation>Was an ein Backend gesendet würde</translation>
    </message>
    <message>
        <source>Submission to the backend</source>
        <translation>Übermittlung an das Backend</translation>
    </message>
</context>
<context>
    <name>Atrium::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Atrium::RelationGraphView</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>An Ansicht anpassen</translation>
    </message>
    <message>
        <source>Relation graph</source>
        <translation>Beziehungsgraph</translation>
    </message>
</context>
<context>
    <name>Atrium::RelationGraphWidget</name>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>How many relations away from this entity to show</source>
        <translation>Wie viele Beziehungen von dieser Entität entfernt angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Tiefe:</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>Beziehungsarten</translation>
    </message>
    <message>
        <source>The relation graph could not be laid out: %1</source>
        <translation>Der Beziehungsgraph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the nearest %n entities are shown. Lower the depth or hide relation types to see the rest.</source>
        <translation>
            <numerusform>Nur die nächste Entität wird angezeigt. Tiefe verringern oder Beziehungsarten ausblenden, um den Rest zu sehen.</numerusform>
            <numerusform>Nur die nächsten %n Entitäten werden angezeigt. Tiefe verringern oder Beziehungsarten ausblenden, um den Rest zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All Relation Types</source>
        <translation>Alle Beziehungsarten anzeigen</translation>
    </message>
    <message>
        <source>No relations</source>
        <translation>Keine Beziehungen</translation>
    </message>
    <message numerus="yes">
        <source>Relations (%n hidden)</source>
        <translation>
            <numerusform>Beziehungen (%n ausgeblendet)</numerusform>
            <numerusform>Beziehungen (%n ausgeblendet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Atrium::RelationTypes</name>
    <message>
        <source>Owned by</source>
        <translation>Im Besitz von</translation>
    </message>
    <message>
        <source>Owner of</source>
        <translation>Besitzer von</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Has part</source>
        <translation>Hat Teil</translation>
    </message>
    <message>
        <source>Provides API</source>
        <translation>Stellt API bereit</translation>
    </message>
    <message>
        <source>API provided by</source>
        <translation>API bereitgestellt von</translation>
    </message>
    <message>
        <source>Consumes API</source>
        <translation>Nutzt API</translation>
    </message>
    <message>
        <source>API consumed by</source>
        <translation>API genutzt von</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Dependency of</source>
        <translation>Abhängigkeit von</translation>
    </message>
    <message>
        <source>Child of</source>
        <translation>Kind von</translation>
    </message>
    <message>
        <source>Parent of</source>
        <translation>Elternteil von</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <source>Has member</source>
        <translation>Hat Mitglied</translation>
    </message>
    <message>
        <source>Depends on component</source>
        <translation>Hängt ab von Komponente</translation>
    </message>
    <message>
        <source>Depends on resource</source>
        <translation>Hängt ab von Ressource</translation>
    </message>
    <message>
        <source>Subdomain of</source>
        <translation>Subdomäne von</translation>
    </message>
    <message>
        <source>Has subdomain</source>
        <translation>Hat Subdomäne</translation>
    </message>
</context>
<context>
    <name>Atrium::RepoUrlEditor</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>%1: host</source>
        <translation>%1: Host</translation>
    </message>
    <message>
        <source>%1: owner</source>
        <translation>%1: Besitzer</translation>
    </message>
    <message>
        <source>%1: repository</source>
        <translation>%1: Repository</translation>
    </message>
</context>
<context>
    <name>Atrium::RequestCommand</name>
    <message>
        <source>Usage: atrium-cli request SUBCOMMAND [OPTIONS]

Subcommands:
  send ENDPOINT  Render an http endpoint&apos;s body from answers, queue it in the outbox and send it now

Run &quot;atrium-cli request send --help&quot; for its options.
</source>
        <translation>Aufruf: atrium-cli request SUBCOMMAND [OPTIONS]

Unterbefehle:
  send ENDPOINT  Den Body eines http-Endpunkts aus Antworten rendern, im Postausgang einreihen und sofort senden

Rufen Sie &quot;atrium-cli request send --help&quot; auf, um seine Optionen zu sehen.
</translation>
    </message>
    <message>
        <source>atrium-cli: unknown request subcommand &quot;%1&quot;</source>
        <translation>atrium-cli: unbekannter request-Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>atrium-cli: %1 holds no atrium.yaml, so it declares no backends</source>
        <translation>atrium-cli: %1 enthält keine atrium.yaml und gibt daher keine Backends an</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: %5</source>
        <translation>%1:%2:%3: %4: %5</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Sent to %1: HTTP %2 (attempt %3; outbox entry %4)</source>
        <translation>An %1 gesendet: HTTP %2 (Versuch %3; Postausgangseintrag %4)</translation>
    </message>
    <message>
        <source>Sent to %1: task %2 (attempt %3; outbox entry %4)</source>
        <translation>An %1 gesendet: Aufgabe %2 (Versuch %3; Postausgangseintrag %4)</translation>
    </message>
    <message>
        <source>Check %1, then send it again with: atrium-cli outbox retry %2 --yes</source>
        <translation>Prüfen Sie %1 und senden Sie sie dann erneut mit: atrium-cli outbox retry %2 --yes</translation>
    </message>
    <message>
        <source>The request stays in the outbox as failed; retry it with: atrium-cli outbox retry %1</source>
        <translation>Die Anfrage bleibt als fehlgeschlagen im Postausgang; wiederholen Sie sie mit: atrium-cli outbox retry %1</translation>
    </message>
    <message numerus="yes">
        <source>not sent after %n attempt(s) within %1 s: %2</source>
        <translation>
            <numerusform>nach %n Versuch innerhalb von %1 s nicht gesendet: %2</numerusform>
            <numerusform>nach %n Versuchen innerhalb von %1 s nicht gesendet: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The request stays queued in the outbox (entry %1); Atrium sends it when it runs, or: atrium-cli outbox retry %1</source>
        <translation>Die Anfrage bleibt im Postausgang eingereiht (Eintrag %1); Atrium sendet sie, wenn es läuft, oder: atrium-cli outbox retry %1</translation>
    </message>
    <message>
        <source>Render the body of the http endpoint ENDPOINT (declared under backends: in atrium.yaml) from the answers in --values, write the request to the outbox and send it now. Network errors, 5xx and 429 are retried within --timeout; a request whose outcome is unknown is never resent. The response is printed; the exit code is 0 when the endpoint accepted the request. The entry stays in the outbox either way.</source>
        <translation>Den Body des http-Endpunkts ENDPOINT (angegeben unter backends: in atrium.yaml) aus den Antworten in --values rendern, die Anfrage in den Postausgang schreiben und sofort senden. Netzwerkfehler, 5xx und 429 werden innerhalb von --timeout wiederholt; eine Anfrage mit unbekanntem Ausgang wird nie erneut gesendet. Die Antwort wird ausgegeben; der Exit-Code ist 0, wenn der Endpunkt die Anfrage angenommen hat. Der Eintrag bleibt in jedem Fall im Postausgang.</translation>
    </message>
    <message>
        <source>Answers from a YAML or JSON FILE (&quot;-&quot; reads standard input).</source>
        <translation>Antworten aus FILE, einer YAML- oder JSON-Datei (&quot;-&quot; liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>The workspace: a folder with an atrium.yaml, or the file (default: the current folder).</source>
        <translation>Der Arbeitsbereich: ein Ordner mit einer atrium.yaml oder die Datei selbst (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>The template the answers are for (template.ref).</source>
        <translation>Die Vorlage, für die die Antworten gelten (template.ref).</translation>
    </message>
    <message>
        <source>Give up waiting after SECONDS (default 60).</source>
        <translation>Das Warten nach SECONDS Sekunden aufgeben (Standard 60).</translation>
    </message>
    <message>
        <source>At most N attempts (default 5).</source>
        <translation>Höchstens N Versuche (Standard 5).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>The name of an http endpoint.</source>
        <translation>Der Name eines http-Endpunkts.</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected text or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet: text oder json</translation>
    </message>
    <message>
        <source>atrium-cli: --timeout must be a whole number of seconds, 1 or more</source>
        <translation>atrium-cli: --timeout muss eine ganze Zahl von Sekunden sein, 1 oder größer</translation>
    </message>
    <message>
        <source>atrium-cli: --max-attempts must be a whole number, 1 or more</source>
        <translation>atrium-cli: --max-attempts muss eine ganze Zahl sein, 1 oder größer</translation>
    </message>
    <message>
        <source>atrium-cli: %1 declares no http endpoint</source>
        <translation>atrium-cli: %1 gibt keinen http-Endpunkt an</translation>
    </message>
    <message>
        <source>atrium-cli: %1 declares no http endpoint %2; it has: %3</source>
        <translation>atrium-cli: %1 gibt keinen http-Endpunkt %2 an; vorhanden sind: %3</translation>
    </message>
</context>
<context>
    <name>Atrium::RetryPolicy</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend could not be reached</source>
        <translation>Das Backend ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent (%1), so the backend may have received it. It is not sent again unless you retry it.</source>
        <translation>Die Verbindung brach ab, nachdem die Anfrage gesendet war (%1); das Backend hat sie vielleicht erhalten. Sie wird nur erneut gesendet, wenn Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent</source>
        <translation>Die Verbindung brach ab, nachdem die Anfrage gesendet war</translation>
    </message>
    <message>
        <source>The backend answered with HTTP status %1</source>
        <translation>Das Backend antwortete mit HTTP-Status %1</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP-Status %1: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::ReviewWizardPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check your answers. Nothing has run yet; the next page previews the files.</source>
        <translation>Prüfen Sie Ihre Antworten. Noch wurde nichts ausgeführt; die nächste Seite zeigt eine Vorschau der Dateien.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Go back and change %1</source>
        <translation>Zurückgehen und %1 ändern</translation>
    </message>
</context>
<context>
    <name>Atrium::ScaffoldComparison</name>
    <message>
        <source>%1 is a symbolic link, which is not followed</source>
        <translation>%1 ist ein symbolischer Link, dem nicht gefolgt wird</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>ein Ordner dieses Namens existiert</translation>
    </message>
    <message>
        <source>something other than a file is there</source>
        <translation>dort befindet sich etwas anderes als eine Datei</translation>
    </message>
    <message>
        <source>the file there cannot be read: %1</source>
        <translation>die dortige Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the template produces this path twice</source>
        <translation>die Vorlage erzeugt diesen Pfad zweimal</translation>
    </message>
</context>
<context>
    <name>Atrium::ScaffoldFileModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>%1 (executable)</source>
        <translation>%1 (ausführbar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Atrium::ScaffoldLogView</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Atrium::ScaffoldPreviewWidget</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>Ziel&amp;ordner:</translation>
    </message>
    <message>
        <source>Where the files will be written; choose one to compare with what is there</source>
        <translation>Wohin die Dateien geschrieben werden; wählen Sie einen Ordner, um sie mit dem Vorhandenen zu vergleichen</translation>
    </message>
    <message>
        <source>Choose the target folder</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>C&amp;ontent</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Chan&amp;ges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>The file as the template generates it</source>
        <translation>Die Datei, wie die Vorlage sie erzeugt</translation>
    </message>
    <message>
        <source>What writing it would change in the target folder</source>
        <translation>Was das Schreiben im Zielordner ändern würde</translation>
    </message>
    <message>
        <source>Generated content</source>
        <translation>Erzeugter Inhalt</translation>
    </message>
    <message>
        <source>Changes against the target folder</source>
        <translation>Änderungen gegenüber dem Zielordner</translation>
    </message>
    <message>
        <source>Step log</source>
        <translation>Schrittprotokoll</translation>
    </message>
    <message>
        <source>Output of the template</source>
        <translation>Ausgabe der Vorlage</translation>
    </message>
    <message>
        <source>Step &amp;log (%1)</source>
        <translation>Schritt&amp;protokoll (%1)</translation>
    </message>
    <message>
        <source>The template produced no files.</source>
        <translation>Die Vorlage hat keine Dateien erzeugt.</translation>
    </message>
    <message>
        <source>Select a file to see its content.</source>
        <translation>Wählen Sie eine Datei aus, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbar</translation>
    </message>
    <message>
        <source>it cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Binary file changed: %1 in the target folder, %2 generated.</source>
        <translation>Binärdatei geändert: %1 im Zielordner, %2 erzeugt.</translation>
    </message>
    <message>
        <source>The file in the target folder is replaced, but %1.</source>
        <translation>Die Datei im Zielordner wird ersetzt, aber %1.</translation>
    </message>
    <message>
        <source>The file in the target folder (%1) is too large to compare line by line.</source>
        <translation>Die Datei im Zielordner (%1) ist zu groß für einen zeilenweisen Vergleich.</translation>
    </message>
    <message>
        <source>Only the executable bit changes: the file will become executable.</source>
        <translation>Nur das Ausführbar-Bit ändert sich: die Datei wird ausführbar.</translation>
    </message>
    <message>
        <source>Only the executable bit changes: the file will no longer be executable.</source>
        <translation>Nur das Ausführbar-Bit ändert sich: die Datei ist danach nicht mehr ausführbar.</translation>
    </message>
    <message>
        <source>%1 (in the target folder)</source>
        <translation>%1 (im Zielordner)</translation>
    </message>
    <message>
        <source>%1 (generated)</source>
        <translation>%1 (erzeugt)</translation>
    </message>
    <message>
        <source>Binary file (%1); its bytes are not shown.</source>
        <translation>Binärdatei (%1); ihre Bytes werden nicht angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s); choose a target folder to compare them with what is there</source>
        <translation>
            <numerusform>%n Datei; wählen Sie einen Zielordner, um sie mit dem Vorhandenen zu vergleichen</numerusform>
            <numerusform>%n Dateien; wählen Sie einen Zielordner, um sie mit dem Vorhandenen zu vergleichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s); the folder does not exist yet, so every file is new</source>
        <translation>
            <numerusform>%n Datei; der Ordner existiert noch nicht, daher ist sie neu</numerusform>
            <numerusform>%n Dateien; der Ordner existiert noch nicht, daher sind alle Dateien neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>A step needs a Backstage backend; the files up to it are shown.</source>
        <translation>Ein Schritt braucht ein Backstage-Backend; die Dateien bis dorthin werden angezeigt.</translation>
    </message>
    <message>
        <source>Step %1 needs a Backstage backend; the files up to it are shown.</source>
        <translation>Schritt %1 braucht ein Backstage-Backend; die Dateien bis dorthin werden angezeigt.</translation>
    </message>
    <message>
        <source>A backend would run: %1.</source>
        <translation>Ein Backend würde ausführen: %1.</translation>
    </message>
    <message>
        <source>The run was cancelled; the files made until then are shown.</source>
        <translation>Der Lauf wurde abgebrochen; die bis dahin erzeugten Dateien werden angezeigt.</translation>
    </message>
    <message>
        <source>The template failed: %1</source>
        <translation>Die Vorlage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
</context>
<context>
    <name>Atrium::ScaffoldRun</name>
    <message>
        <source>%1 is an absolute path; only paths inside the workspace are allowed</source>
        <translation>%1 ist ein absoluter Pfad; nur Pfade innerhalb des Arbeitsbereichs sind erlaubt</translation>
    </message>
    <message>
        <source>Relative path is not allowed to refer to a directory outside its parent: %1</source>
        <translation>Ein relativer Pfad darf nicht auf ein Verzeichnis außerhalb seines übergeordneten Verzeichnisses verweisen: %1</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; runs %2, which only a Backstage backend can run; the local run stops here with every file up to it. Run the template on a backend to go on.</source>
        <translation>Schritt &quot;%1&quot; führt %2 aus, was nur ein Backstage-Backend kann; der lokale Lauf endet hier mit allen Dateien bis dahin. Führen Sie die Vorlage auf einem Backend aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Skipping step %1 because its if condition was false</source>
        <translation>Schritt %1 wird übersprungen, weil seine if-Bedingung falsch war</translation>
    </message>
    <message>
        <source>Beginning step %1</source>
        <translation>Schritt %1 beginnt</translation>
    </message>
    <message>
        <source>Finished step %1</source>
        <translation>Schritt %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; (%2) failed: %3</source>
        <translation>Schritt &quot;%1&quot; (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>each must be a list or an object</source>
        <translation>each muss eine Liste oder ein Objekt sein</translation>
    </message>
    <message>
        <source>input.%1 is required and must be a string</source>
        <translation>input.%1 ist erforderlich und muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>input.%1 must be a string</source>
        <translation>input.%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>input.%1 must be true or false</source>
        <translation>input.%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>input.%1 must be a list of strings</source>
        <translation>input.%1 muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1 is fetched from the network, which only a Backstage backend does; a local run reads the template&apos;s own folder</source>
        <translation>%1 wird aus dem Netzwerk geladen, was nur ein Backstage-Backend tut; ein lokaler Lauf liest den eigenen Ordner der Vorlage</translation>
    </message>
    <message>
        <source>this template has no local files to fetch %1 from</source>
        <translation>diese Vorlage hat keine lokalen Dateien, aus denen %1 geladen werden könnte</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder and cannot be written as a file</source>
        <translation>%1 ist ein Ordner und kann nicht als Datei geschrieben werden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is a file</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist eine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be a folder: it is a file</source>
        <translation>%1 kann kein Ordner sein, da es eine Datei ist</translation>
    </message>
    <message>
        <source>input.values must be an object</source>
        <translation>input.values muss ein Objekt sein</translation>
    </message>
    <message>
        <source>copyWithoutRender and copyWithoutTemplating cannot be used at the same time</source>
        <translation>copyWithoutRender und copyWithoutTemplating können nicht gleichzeitig verwendet werden</translation>
    </message>
    <message>
        <source>input.templateFileExtension must be true, false or a string</source>
        <translation>input.templateFileExtension muss true, false oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>templateFileExtension cannot be used together with copyWithoutRender or copyWithoutTemplating</source>
        <translation>templateFileExtension kann nicht zusammen mit copyWithoutRender oder copyWithoutTemplating verwendet werden</translation>
    </message>
    <message>
        <source>%1 is not a folder of the template</source>
        <translation>%1 ist kein Ordner der Vorlage</translation>
    </message>
    <message>
        <source>Fetching template content from %1</source>
        <translation>Vorlageninhalt wird aus %1 geladen</translation>
    </message>
    <message>
        <source>Copying file/directory %1 without processing.</source>
        <translation>Datei/Verzeichnis %1 wird ohne Verarbeitung kopiert.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a local run does not copy links</source>
        <translation>%1 ist ein symbolischer Link; ein lokaler Lauf kopiert keine Links</translation>
    </message>
    <message>
        <source>Copying file binary or symbolic link at %1, to template output path.</source>
        <translation>Binärdatei oder symbolischer Link unter %1 wird in den Ausgabepfad der Vorlage kopiert.</translation>
    </message>
    <message>
        <source>Writing file %1 to template output path.</source>
        <translation>Datei %1 wird in den Ausgabepfad der Vorlage geschrieben.</translation>
    </message>
    <message>
        <source>Template result written to %1</source>
        <translation>Vorlagenergebnis nach %1 geschrieben</translation>
    </message>
    <message>
        <source>File %1 already exists in workspace, not replacing.</source>
        <translation>Datei %1 existiert bereits im Arbeitsbereich und wird nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1 is not a file of the template</source>
        <translation>%1 ist keine Datei der Vorlage</translation>
    </message>
    <message>
        <source>Fetching plain content from %1</source>
        <translation>Inhalt wird unverarbeitet aus %1 geladen</translation>
    </message>
    <message>
        <source>input.files must be a list of {from, to}</source>
        <translation>input.files muss eine Liste von {from, to} sein</translation>
    </message>
    <message>
        <source>each file must have a from and to property</source>
        <translation>jede Datei muss die Eigenschaften from und to haben</translation>
    </message>
    <message>
        <source>%1 does not exist in the workspace</source>
        <translation>%1 existiert nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>dest already exists.</source>
        <translation>Das Ziel existiert bereits.</translation>
    </message>
    <message>
        <source>File %1 renamed to %2 successfully</source>
        <translation>Datei %1 erfolgreich in %2 umbenannt</translation>
    </message>
    <message>
        <source>input.files must be a list of paths or globs</source>
        <translation>input.files muss eine Liste von Pfaden oder Glob-Mustern sein</translation>
    </message>
    <message>
        <source>File %1 deleted successfully</source>
        <translation>Datei %1 erfolgreich gelöscht</translation>
    </message>
    <message>
        <source>input.entity is required and must be an object</source>
        <translation>input.entity ist erforderlich und muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Waiting duration is longer than the maximum threshold of 10 minutes</source>
        <translation>Die Wartedauer überschreitet die Höchstgrenze von 10 Minuten</translation>
    </message>
    <message>
        <source>A backend waits %1 ms here; a local run goes straight on</source>
        <translation>Ein Backend wartet hier %1 ms; ein lokaler Lauf macht sofort weiter</translation>
    </message>
    <message>
        <source>Cannot read properties of %1 (reading &apos;annotations&apos;)</source>
        <translation>Eigenschaften von %1 können nicht gelesen werden (beim Lesen von &apos;annotations&apos;)</translation>
    </message>
</context>
<context>
    <name>Atrium::ScaffoldWriter</name>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation>der Pfad enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>der Pfad enthält einen Backslash</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>der Pfad ist absolut</translation>
    </message>
    <message>
        <source>the path has an empty part</source>
        <translation>der Pfad hat einen leeren Teil</translation>
    </message>
    <message>
        <source>the path leads out of the folder (..)</source>
        <translation>der Pfad führt aus dem Ordner hinaus (..)</translation>
    </message>
    <message>
        <source>the path has a &quot;.&quot; part</source>
        <translation>der Pfad hat einen Teil &quot;.&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is produced twice</source>
        <translation>%1 entsteht zweimal</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is a symbolic link, which is not followed</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist ein symbolischer Link, dem nicht gefolgt wird</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2 is a file, not a folder</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>%1 cannot be written: a folder of that name exists</source>
        <translation>%1 kann nicht geschrieben werden: ein Ordner dieses Namens existiert</translation>
    </message>
    <message>
        <source>No temporary folder could be made in %1: %2</source>
        <translation>In %1 konnte kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder cannot be created</source>
        <translation>%1 kann nicht geschrieben werden: sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be moved into place</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>Nothing was written; these files exist already: %1</source>
        <translation>Nichts wurde geschrieben; diese Dateien existieren bereits: %1</translation>
    </message>
</context>
<context>
    <name>Atrium::SecretResolver</name>
    <message>
        <source>The keychain has no entry %1 (service %2); store the token in Settings, or use {env: VARIABLE} instead</source>
        <translation>Der Schlüsselbund hat keinen Eintrag %1 (Dienst %2); speichern Sie das Token in den Einstellungen, oder verwenden Sie stattdessen {env: VARIABLE}</translation>
    </message>
    <message>
        <source>The keychain refused access to %1: %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf %1 verweigert: %2</translation>
    </message>
    <message>
        <source>The keychain failed on %1: %2</source>
        <translation>Der Schlüsselbund ist bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1); set the token in an environment variable and use {env: VARIABLE} instead of {keychain: %2}</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (%1); setzen Sie das Token in einer Umgebungsvariable und verwenden Sie {env: VARIABLE} statt {keychain: %2}</translation>
    </message>
    <message>
        <source>No environment variable is named for this token</source>
        <translation>Für dieses Token ist keine Umgebungsvariable angegeben</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty</source>
        <translation>Die Umgebungsvariable %1 ist leer</translation>
    </message>
    <message>
        <source>No token is configured: use {env: VARIABLE} or {keychain: NAME}</source>
        <translation>Kein Token konfiguriert: {env: VARIABLE} oder {keychain: NAME} verwenden</translation>
    </message>
    <message>
        <source>The keychain entry %1 is empty</source>
        <translation>Der Schlüsselbund-Eintrag %1 ist leer</translation>
    </message>
    <message>
        <source>This build of Atrium has no keychain support (qtkeychain-qt6-dev); use {env: VARIABLE} instead of {keychain: %1}</source>
        <translation>Dieser Build von Atrium unterstützt keinen Schlüsselbund (qtkeychain-qt6-dev); verwenden Sie {env: VARIABLE} statt {keychain: %1}</translation>
    </message>
    <message>
        <source>This build of Atrium has no keychain support (qtkeychain-qt6-dev); %1 cannot be stored</source>
        <translation>Dieser Build von Atrium unterstützt keinen Schlüsselbund (qtkeychain-qt6-dev); %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>This build of Atrium has no keychain support (qtkeychain-qt6-dev); %1 cannot be deleted</source>
        <translation>Dieser Build von Atrium unterstützt keinen Schlüsselbund (qtkeychain-qt6-dev); %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Atrium::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>The window changes to the new language when this dialog closes.</source>
        <translation>Das Fenster wechselt in die neue Sprache, sobald dieser Dialog geschlossen wird.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>Unsaved Backends</source>
        <translation>Nicht gespeicherte Backends</translation>
    </message>
    <message>
        <source>The backends have changes that are not saved to atrium.yaml.</source>
        <translation>Die Backends haben Änderungen, die nicht in atrium.yaml gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>Atrium::SourceFetcher</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>Das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Not a status document</source>
        <translation>Kein Statusdokument</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::StatusEndpoint</name>
    <message>
        <source>Not JSON: %1 at byte %2</source>
        <translation>Kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>Expected a JSON object with &quot;format&quot;: &quot;atrium-status&quot;, found an array</source>
        <translation>Erwartet wurde ein JSON-Objekt mit &quot;format&quot;: &quot;atrium-status&quot;, gefunden wurde eine Liste</translation>
    </message>
    <message>
        <source>format: missing; expected &quot;atrium-status&quot;</source>
        <translation>format: fehlt; erwartet wird &quot;atrium-status&quot;</translation>
    </message>
    <message>
        <source>format: expected &quot;atrium-status&quot;, found %1</source>
        <translation>format: erwartet wird &quot;atrium-status&quot;, gefunden wurde %1</translation>
    </message>
    <message>
        <source>version: missing; expected %1</source>
        <translation>version: fehlt; erwartet wird %1</translation>
    </message>
    <message>
        <source>version: %1 is not supported; expected %2</source>
        <translation>version: %1 wird nicht unterstützt; erwartet wird %2</translation>
    </message>
    <message>
        <source>environment: expected a string, found %1</source>
        <translation>environment: erwartet wird eine Zeichenkette, gefunden wurde %1</translation>
    </message>
    <message>
        <source>generatedAt: expected an ISO 8601 time with an offset (2026-01-31T12:00:00Z), found %1</source>
        <translation>generatedAt: erwartet wird eine ISO-8601-Zeit mit Zeitzonenangabe (2026-01-31T12:00:00Z), gefunden wurde %1</translation>
    </message>
    <message>
        <source>services: missing; expected a list of services</source>
        <translation>services: fehlt; erwartet wird eine Liste von Diensten</translation>
    </message>
    <message>
        <source>services: expected a list of services, found %1</source>
        <translation>services: erwartet wird eine Liste von Diensten, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet wird ein Objekt, gefunden wurde %1</translation>
    </message>
    <message>
        <source>an &quot;entity&quot; (component:default/payments) or a &quot;name&quot; (payments) is missing</source>
        <translation>&quot;entity&quot; (component:default/payments) oder &quot;name&quot; (payments) fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet wird eine Zeichenkette, gefunden wurde %1</translation>
    </message>
    <message>
        <source>%1 is not an entity reference: %2</source>
        <translation>%1 ist keine Entitätsreferenz: %2</translation>
    </message>
    <message>
        <source>%1 is not a component name; write a kind or namespace in &quot;entity&quot;</source>
        <translation>%1 ist kein Komponentenname; Art oder Namensraum gehören in &quot;entity&quot;</translation>
    </message>
    <message>
        <source>%1 is reported twice; the first entry is kept</source>
        <translation>%1 wird zweimal gemeldet; der erste Eintrag bleibt</translation>
    </message>
    <message>
        <source>missing; expected a health word (%1)</source>
        <translation>fehlt; erwartet wird ein Zustandswort (%1)</translation>
    </message>
    <message>
        <source>%1 is not a health word (%2)</source>
        <translation>%1 ist kein Zustandswort (%2)</translation>
    </message>
    <message>
        <source>expected a whole number of 0 or more, found %1</source>
        <translation>erwartet wird eine ganze Zahl ab 0, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected an object like {&quot;ready&quot;: 3, &quot;desired&quot;: 3}, found %1</source>
        <translation>erwartet wird ein Objekt wie {&quot;ready&quot;: 3, &quot;desired&quot;: 3}, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with an offset (2026-01-31T12:00:00Z), found %1</source>
        <translation>erwartet wird eine ISO-8601-Zeit mit Zeitzonenangabe (2026-01-31T12:00:00Z), gefunden wurde %1</translation>
    </message>
</context>
<context>
    <name>Atrium::StatusHistory</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::TagsEditor</name>
    <message>
        <source>Tags separated by commas, such as java, data</source>
        <translation>Tags durch Kommas getrennt, etwa java, data</translation>
    </message>
</context>
<context>
    <name>Atrium::TaskFollower</name>
    <message>
        <source>%1: not an event stream (Content-Type &quot;%2&quot;); polling for events instead</source>
        <translation>%1: kein Ereignisstrom (Content-Type &quot;%2&quot;); Ereignisse werden stattdessen abgefragt</translation>
    </message>
    <message>
        <source>%1: the event stream sent nothing for %2 s</source>
        <translation>%1: der Ereignisstrom hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>%1: the event stream ended before the task did</source>
        <translation>%1: der Ereignisstrom endete vor der Aufgabe</translation>
    </message>
    <message>
        <source>%1: expected a JSON array of events</source>
        <translation>%1: JSON-Array von Ereignissen erwartet</translation>
    </message>
    <message>
        <source>gave up following task %1 after %2 s without an answer; the last problem: %3</source>
        <translation>Verfolgung der Aufgabe %1 nach %2 s ohne Antwort aufgegeben; das letzte Problem: %3</translation>
    </message>
</context>
<context>
    <name>Atrium::TaskTracker</name>
    <message>
        <source>The Backstage backend %1 is not in this workspace&apos;s atrium.yaml: the task cannot be followed</source>
        <translation>Das Backstage-Backend %1 steht nicht in der atrium.yaml dieses Arbeitsbereichs: die Aufgabe kann nicht verfolgt werden</translation>
    </message>
    <message>
        <source>The backend is running the task.</source>
        <translation>Das Backend führt die Aufgabe aus.</translation>
    </message>
    <message>
        <source>The task completed.</source>
        <translation>Die Aufgabe wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>The task was cancelled.</source>
        <translation>Die Aufgabe wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The task failed on the backend; its steps&apos; logs say why.</source>
        <translation>Die Aufgabe ist auf dem Backend fehlgeschlagen; die Protokolle ihrer Schritte nennen den Grund.</translation>
    </message>
    <message>
        <source>The task failed: %1</source>
        <translation>Die Aufgabe ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — following the task again in %n second(s)</source>
        <translation>
            <numerusform>%1 — Aufgabe wird in %n Sekunde erneut verfolgt</numerusform>
            <numerusform>%1 — Aufgabe wird in %n Sekunden erneut verfolgt</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scaffolder task to cancel.</source>
        <translation>Es gibt keine Scaffolder-Aufgabe zum Abbrechen.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <source>The task is being sent right now; cancel it again in a moment.</source>
        <translation>Die Aufgabe wird gerade gesendet; brechen Sie sie gleich noch einmal ab.</translation>
    </message>
    <message>
        <source>The task has ended already.</source>
        <translation>Die Aufgabe ist bereits beendet.</translation>
    </message>
    <message>
        <source>The Backstage backend %1 is not in this workspace&apos;s atrium.yaml.</source>
        <translation>Das Backstage-Backend %1 steht nicht in der atrium.yaml dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Asked the backend to cancel the task.</source>
        <translation>Das Backend wurde gebeten, die Aufgabe abzubrechen.</translation>
    </message>
    <message>
        <source>The backend did not cancel the task: %1</source>
        <translation>Das Backend hat die Aufgabe nicht abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>Atrium::TemplateAnswers</name>
    <message>
        <source>&quot;%1&quot; is not a field name (use name or parent.child)</source>
        <translation>&quot;%1&quot; ist kein Feldname (name oder parent.child verwenden)</translation>
    </message>
</context>
<context>
    <name>Atrium::TemplateCardDelegate</name>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
</context>
<context>
    <name>Atrium::TemplateCommand</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>SEITEN</translation>
    </message>
    <message>
        <source>RUNS</source>
        <translation>LÄUFT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>locally</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>atrium-cli: unknown template subcommand &quot;%1&quot;</source>
        <translation>atrium-cli: unbekannter template-Unterbefehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>List the software templates of the catalog (those without errors): their form pages, their steps and whether they run locally or need a Backstage backend. Problems of a template are printed and make the exit code 1.</source>
        <translation>Die Softwarevorlagen des Katalogs auflisten (die ohne Fehler): ihre Formularseiten, ihre Schritte und ob sie lokal laufen oder ein Backstage-Backend brauchen. Probleme einer Vorlage werden ausgegeben und ergeben den Exit-Code 1.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>atrium-cli: unknown format &quot;%1&quot;; expected table or json</source>
        <translation>atrium-cli: unbekanntes Format &quot;%1&quot;; erwartet: table oder json</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1 must hold one mapping of field names to answers</source>
        <translation>%1 muss genau eine Zuordnung von Feldnamen zu Antworten enthalten</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s):</source>
        <translation>
            <numerusform>%n Datei:</numerusform>
            <numerusform>%n Dateien:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbar</translation>
    </message>
    <message>
        <source>Link: %1 %2</source>
        <translation>Link: %1 %2</translation>
    </message>
    <message>
        <source>Usage: atrium-cli template SUBCOMMAND [OPTIONS] PATH...

Subcommands:
  list     List the software templates, what their forms ask and where they run
  render   Run a template locally: print the files it generates or write them into a folder

PATH is a descriptor file, a folder, an atrium.yaml workspace or a Backstage app-config.yaml.

Run &quot;atrium-cli template SUBCOMMAND --help&quot; for the options of a subcommand.
</source>
        <translation>Aufruf: atrium-cli template SUBCOMMAND [OPTIONS] PATH...

Unterbefehle:
  list     Softwarevorlagen auflisten, was ihre Formulare abfragen und wo sie laufen
  render   Eine Vorlage lokal ausführen: die erzeugten Dateien ausgeben oder in einen Ordner schreiben

PATH ist eine Deskriptordatei, ein Ordner, ein atrium.yaml-Arbeitsbereich oder eine app-config.yaml von Backstage.

Rufen Sie &quot;atrium-cli template SUBCOMMAND --help&quot; auf, um die Optionen eines Unterbefehls zu sehen.
</translation>
    </message>
    <message>
        <source>Run a software template locally, as Backstage&apos;s scaffolder would: the answers are checked against its form, then its steps render the files. With --dry-run the files are printed; otherwise they are written into --out. Steps that need a Backstage backend (publish:*, catalog:register…) stop the run; the files up to them are complete.</source>
        <translation>Eine Softwarevorlage lokal ausführen, wie es der Scaffolder von Backstage täte: die Antworten werden anhand ihres Formulars geprüft, dann erzeugen ihre Schritte die Dateien. Mit --dry-run werden die Dateien ausgegeben, sonst in --out geschrieben. Schritte, die ein Backstage-Backend brauchen (publish:*, catalog:register…), beenden den Lauf; die Dateien bis dahin sind vollständig.</translation>
    </message>
    <message>
        <source>Answers from a YAML or JSON FILE (&quot;-&quot; reads standard input).</source>
        <translation>Antworten aus FILE, einer YAML- oder JSON-Datei (&quot;-&quot; liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>Set one answer, e.g. --set replicas=3 or --set database.size=small; repeatable. Values read as YAML (3, true, [a, b]) unless the field is a string.</source>
        <translation>Eine Antwort setzen, z. B. --set replicas=3 oder --set database.size=small; wiederholbar. Werte werden als YAML gelesen (3, true, [a, b]), es sei denn, das Feld ist eine Zeichenkette.</translation>
    </message>
    <message>
        <source>Set a secret (${{ secrets.NAME }}); repeatable.</source>
        <translation>Ein Geheimnis setzen (${{ secrets.NAME }}); wiederholbar.</translation>
    </message>
    <message>
        <source>Print the files instead of writing them.</source>
        <translation>Die Dateien ausgeben, statt sie zu schreiben.</translation>
    </message>
    <message>
        <source>Write the files into DIR.</source>
        <translation>Die Dateien in DIR schreiben.</translation>
    </message>
    <message>
        <source>When a file exists in --out: fail (default; nothing is written), skip it, or overwrite it.</source>
        <translation>Wenn eine Datei in --out bereits existiert: fail (abbrechen, Standard; nichts wird geschrieben), skip (überspringen) oder overwrite (überschreiben).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Where to look up a template given by name (default: the current folder).</source>
        <translation>Wo eine per Name angegebene Vorlage gesucht wird (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>A template.yaml file, or a template&apos;s name or ref (template:team/name) in the --workspace.</source>
        <translation>Eine template.yaml-Datei oder der Name bzw. die Referenz (template:team/name) einer Vorlage im --workspace.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; expected text or json</source>
        <translation>unbekanntes Format &quot;%1&quot;; erwartet: text oder json</translation>
    </message>
    <message>
        <source>unknown conflict policy &quot;%1&quot;; expected fail, skip or overwrite</source>
        <translation>unbekannte Konfliktregel &quot;%1&quot;; erwartet: fail, skip oder overwrite</translation>
    </message>
    <message>
        <source>say where to write the files with --out DIR, or print them with --dry-run</source>
        <translation>mit --out DIR angeben, wohin die Dateien geschrieben werden, oder sie mit --dry-run ausgeben</translation>
    </message>
    <message>
        <source>%1 holds more than one template; name one of them and pass --workspace %1</source>
        <translation>%1 enthält mehr als eine Vorlage; eine davon angeben und --workspace %1 übergeben</translation>
    </message>
    <message>
        <source>%1 holds no Template entity</source>
        <translation>%1 enthält keine Entität der Art Template</translation>
    </message>
    <message>
        <source>no template %1 in %2</source>
        <translation>keine Vorlage %1 in %2</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set benötigt KEY=VALUE, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(form)</source>
        <translation>(Formular)</translation>
    </message>
    <message>
        <source>--secret needs NAME=VALUE</source>
        <translation>--secret benötigt NAME=VALUE</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>geschrieben: %1</translation>
    </message>
    <message>
        <source>kept existing %1</source>
        <translation>vorhandene Datei behalten: %1</translation>
    </message>
</context>
<context>
    <name>Atrium::TemplateDefinitionReader</name>
    <message>
        <source>Parameter page %1 is not an object (a JSON Schema)</source>
        <translation>Parameterseite %1 ist kein Objekt (kein JSON-Schema)</translation>
    </message>
    <message>
        <source>Parameter page %1 cannot be used as a form: %2</source>
        <translation>Parameterseite %1 kann nicht als Formular verwendet werden: %2</translation>
    </message>
    <message>
        <source>Step id %1 is also the id of step %2: later steps could read only one of their outputs</source>
        <translation>Die Schritt-ID %1 ist auch die ID von Schritt %2: spätere Schritte könnten nur eine der beiden Ausgaben lesen</translation>
    </message>
    <message>
        <source>The parameter schema is not a JSON object</source>
        <translation>Das Parameterschema ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Atrium::TemplateWizard</name>
    <message>
        <source>%1 — Create</source>
        <translation>%1 — Erstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Atrium::TerraformState</name>
    <message>
        <source>The state is not JSON: %1</source>
        <translation>Der State ist kein JSON: %1</translation>
    </message>
    <message>
        <source>State format version %1 is not supported; Terraform 0.12 and later write version 4</source>
        <translation>Das State-Format %1 wird nicht unterstützt; Terraform ab 0.12 schreibt Version 4</translation>
    </message>
</context>
<context>
    <name>Atrium::WizardDraftStore</name>
    <message>
        <source>A draft needs the template it belongs to</source>
        <translation>Ein Entwurf braucht die Vorlage, zu der er gehört</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The draft cannot be written to %1: %2</source>
        <translation>Der Entwurf kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The draft %1 is ignored: %2</source>
        <translation>Der Entwurf %1 wird ignoriert: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation>er ist kein gültiges JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>expected a draft of format version %1</source>
        <translation>erwartet wurde ein Entwurf der Formatversion %1</translation>
    </message>
    <message>
        <source>expected templateRef, answers and savedAt</source>
        <translation>erwartet wurden templateRef, answers und savedAt</translation>
    </message>
    <message>
        <source>The draft %1 is ignored: it belongs to %2, not %3</source>
        <translation>Der Entwurf %1 wird ignoriert: er gehört zu %2, nicht zu %3</translation>
    </message>
    <message>
        <source>The draft %1 cannot be deleted: %2</source>
        <translation>Der Entwurf %1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::WizardState</name>
    <message>
        <source>There is nowhere to submit to.</source>
        <translation>Es gibt kein Ziel zum Übermitteln.</translation>
    </message>
</context>
<context>
    <name>Atrium::WorkspaceConfig</name>
    <message>
        <source>%1 must be a mapping with a locations list, found %2</source>
        <translation>%1 muss eine Zuordnung mit einer locations-Liste sein, gefunden: %2</translation>
    </message>
    <message>
        <source>Unknown key %1 in %2; expected: locations</source>
        <translation>Unbekannter Schlüssel %1 in %2; erwartet: locations</translation>
    </message>
    <message>
        <source>%1.locations must be a list, found %2</source>
        <translation>%1.locations muss eine Liste sein, gefunden: %2</translation>
    </message>
    <message>
        <source>Unknown key %1 in a location; expected: target, type</source>
        <translation>Unbekannter Schlüssel %1 in einer Location; erwartet: target, type</translation>
    </message>
    <message>
        <source>Location type must be file or url, found %1</source>
        <translation>Der Location-Typ muss file oder url sein, gefunden: %1</translation>
    </message>
    <message>
        <source>A location needs a target (a path or glob)</source>
        <translation>Eine Location benötigt ein Ziel (einen Pfad oder ein Glob-Muster)</translation>
    </message>
    <message>
        <source>A location must be a path or a mapping with target and type, found %1</source>
        <translation>Eine Location muss ein Pfad oder eine Zuordnung mit target und type sein, gefunden: %1</translation>
    </message>
    <message>
        <source>A location&apos;s target must not be empty</source>
        <translation>Das Ziel einer Location darf nicht leer sein</translation>
    </message>
    <message>
        <source>Location %1 is remote (type url); remote locations are not followed offline</source>
        <translation>Location %1 ist entfernt (Typ url); entfernte Locations werden offline nicht gelesen</translation>
    </message>
    <message>
        <source>%1 must be a list of mappings, found %2</source>
        <translation>%1 muss eine Liste von Zuordnungen sein, gefunden: %2</translation>
    </message>
    <message>
        <source>Each entry of %1 must be a mapping, found %2</source>
        <translation>Jeder Eintrag von %1 muss eine Zuordnung sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a string, found %2</source>
        <translation>%1 muss eine Zeichenkette sein, gefunden: %2</translation>
    </message>
    <message>
        <source>Unknown key %1; expected one of: %2</source>
        <translation>Unbekannter Schlüssel %1; erlaubt ist einer von: %2</translation>
    </message>
    <message>
        <source>Unsupported workspace format version %1; this Atrium reads version 1</source>
        <translation>Nicht unterstützte Version %1 des Arbeitsbereichsformats; diese Atrium-Version liest Version 1</translation>
    </message>
    <message>
        <source>catalog.locations must be a list, found %1</source>
        <translation>catalog.locations muss eine Liste sein, gefunden: %1</translation>
    </message>
    <message>
        <source>A catalog location needs a type and a target, as in Backstage</source>
        <translation>Eine Katalog-Location benötigt einen Typ und ein Ziel (type und target), wie in Backstage</translation>
    </message>
    <message>
        <source>Location type %1 is not supported offline; only file locations are read</source>
        <translation>Location-Typ %1 wird offline nicht unterstützt; nur Locations vom Typ file werden gelesen</translation>
    </message>
    <message>
        <source>The workspace file is empty; expected a mapping with name and catalog.locations (see docs/workspace.md)</source>
        <translation>Die Arbeitsbereichsdatei ist leer; erwartet wurde eine Zuordnung mit name und catalog.locations (siehe docs/workspace.md)</translation>
    </message>
    <message>
        <source>Only the first document of a workspace file is read</source>
        <translation>Nur das erste Dokument einer Arbeitsbereichsdatei wird gelesen</translation>
    </message>
    <message>
        <source>Workspace %1 does not exist</source>
        <translation>Arbeitsbereich %1 existiert nicht</translation>
    </message>
    <message>
        <source>Workspace %1 is not a regular file</source>
        <translation>Arbeitsbereich %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>Workspace file %1 is larger than %2 MB</source>
        <translation>Arbeitsbereichsdatei %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>Workspace %1 could not be read: %2</source>
        <translation>Arbeitsbereich %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Atrium::YamlReader</name>
    <message>
        <source>a NUL byte (binary data)</source>
        <translation>ein NUL-Byte (Binärdaten)</translation>
    </message>
    <message>
        <source>the byte 0x%1, which cannot start a UTF-8 character</source>
        <translation>das Byte 0x%1, mit dem kein UTF-8-Zeichen beginnen kann</translation>
    </message>
    <message>
        <source>a UTF-8 character cut off by the end of the file</source>
        <translation>ein durch das Dateiende abgeschnittenes UTF-8-Zeichen</translation>
    </message>
    <message>
        <source>an invalid UTF-8 sequence</source>
        <translation>eine ungültige UTF-8-Sequenz</translation>
    </message>
    <message>
        <source>expected a value in the flow sequence, found &apos;,&apos;</source>
        <translation>Wert in der Flow-Sequenz erwartet, &apos;,&apos; gefunden</translation>
    </message>
    <message>
        <source>expected a closing %1, found the end of the document</source>
        <translation>schließendes %1 erwartet, Ende des Dokuments gefunden</translation>
    </message>
    <message>
        <source>expected white space before a comment, found &apos;#&apos;</source>
        <translation>Leerraum vor einem Kommentar erwartet, &apos;#&apos; gefunden</translation>
    </message>
    <message>
        <source>alias refers to an anchor that is not defined before it</source>
        <translation>Alias verweist auf einen Anker, der nicht vor ihm definiert ist</translation>
    </message>
    <message>
        <source>alias refers to a node that contains it (a recursive structure cannot become JSON)</source>
        <translation>Alias verweist auf einen Knoten, der ihn selbst enthält (eine rekursive Struktur lässt sich nicht in JSON umwandeln)</translation>
    </message>
    <message>
        <source>too many aliases (more than %1 expanded nodes); this looks like a &quot;billion laughs&quot; attack</source>
        <translation>zu viele Aliase (mehr als %1 expandierte Knoten); das sieht nach einem &quot;Billion Laughs&quot;-Angriff aus</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; in mapping (first at line %2)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; in der Zuordnung (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>expected another &apos;key: value&apos; line or less indentation, found something else</source>
        <translation>weitere &apos;Schlüssel: Wert&apos;-Zeile oder geringere Einrückung erwartet, etwas anderes gefunden</translation>
    </message>
    <message>
        <source>expected another &apos;- &apos; entry or less indentation, found something else</source>
        <translation>weiterer &apos;- &apos;-Eintrag oder geringere Einrückung erwartet, etwas anderes gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in the flow mapping, found something else</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in der Flow-Zuordnung erwartet, etwas anderes gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the flow sequence, found something else</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in der Flow-Sequenz erwartet, etwas anderes gefunden</translation>
    </message>
    <message>
        <source>found &apos;:&apos; where no mapping value can start (check the indentation)</source>
        <translation>&apos;:&apos; an einer Stelle gefunden, an der kein Zuordnungswert beginnen kann (Einrückung prüfen)</translation>
    </message>
    <message>
        <source>found &apos;- &apos; where no sequence entry can start (check the indentation)</source>
        <translation>&apos;- &apos; an einer Stelle gefunden, an der kein Sequenzeintrag beginnen kann (Einrückung prüfen)</translation>
    </message>
    <message>
        <source>found &apos;?&apos; where no mapping key can start</source>
        <translation>&apos;?&apos; an einer Stelle gefunden, an der kein Zuordnungsschlüssel beginnen kann</translation>
    </message>
    <message>
        <source>found a closing bracket that closes nothing</source>
        <translation>schließende Klammer gefunden, die nichts schließt</translation>
    </message>
    <message>
        <source>found a character that cannot start a value here</source>
        <translation>Zeichen gefunden, mit dem hier kein Wert beginnen kann</translation>
    </message>
    <message>
        <source>expected the end of the quoted scalar, found a document marker</source>
        <translation>Ende des Skalars in Anführungszeichen erwartet, Dokumentmarkierung gefunden</translation>
    </message>
    <message>
        <source>expected the end of the quoted scalar, found the end of the document</source>
        <translation>Ende des Skalars in Anführungszeichen erwartet, Ende des Dokuments gefunden</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>expected UTF-8 text, found %1</source>
        <translation>UTF-8-Text erwartet, gefunden wurde %1</translation>
    </message>
    <message>
        <source>Expected object at root, got %1</source>
        <translation>Auf oberster Ebene wurde ein Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected the end of the document, found more content</source>
        <translation>Ende des Dokuments erwartet, weiterer Inhalt gefunden</translation>
    </message>
    <message>
        <source>expected spaces for indentation, found a tab (YAML does not allow tabs as indentation)</source>
        <translation>Leerzeichen zur Einrückung erwartet, Tabulator gefunden (YAML erlaubt keine Tabulatoren zur Einrückung)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native desktop developer portal</source>
        <translation>Ein natives Entwicklerportal für den Desktop</translation>
    </message>
    <message>
        <source>Workspace folder, atrium.yaml or app-config.yaml</source>
        <translation>Arbeitsbereichsordner, atrium.yaml oder app-config.yaml</translation>
    </message>
</context>
</TS>
