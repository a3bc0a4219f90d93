<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AlertEmail</name>
    <message>
        <source>Activity logging</source>
        <translation>Aktivitätsprotokollierung</translation>
    </message>
    <message>
        <source>Updates sent to Salesforce</source>
        <translation>An Salesforce gesendete Aktualisierungen</translation>
    </message>
    <message>
        <source>Checking Salesforce for changes</source>
        <translation>Suche nach Änderungen in Salesforce</translation>
    </message>
    <message>
        <source>Reading the org&apos;s limits</source>
        <translation>Abfrage der Limits der Organisation</translation>
    </message>
    <message>
        <source>Object and field descriptions</source>
        <translation>Objekt- und Feldbeschreibungen</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>API usage %1 of %2 (%3 %) crossed your threshold of %4</source>
        <translation>API-Nutzung %1 von %2 (%3 %) hat Ihren Schwellenwert von %4 überschritten</translation>
    </message>
    <message>
        <source>API usage %1 of %2 (%3 %) reached %4 % of the daily limit</source>
        <translation>API-Nutzung %1 von %2 (%3 %) hat %4 % des Tageslimits erreicht</translation>
    </message>
    <message>
        <source>API usage %1 of %2 (%3 %) is back below your threshold of %4</source>
        <translation>API-Nutzung %1 von %2 (%3 %) liegt wieder unter Ihrem Schwellenwert von %4</translation>
    </message>
    <message>
        <source>SyncDesk test email</source>
        <translation>SyncDesk-Test-E-Mail</translation>
    </message>
    <message>
        <source>Calls used in the last 24 hours</source>
        <translation>In den letzten 24 Stunden verbrauchte Aufrufe</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Your threshold</source>
        <translation>Ihr Schwellenwert</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s own calls</source>
        <translation>Eigene Aufrufe von SyncDesk</translation>
    </message>
    <message>
        <source>Other integrations and users</source>
        <translation>Andere Integrationen und Benutzer</translation>
    </message>
    <message>
        <source>not enough usage history yet</source>
        <translation>noch nicht genug Nutzungsverlauf</translation>
    </message>
    <message>
        <source>not within the next 24 hours at the present pace</source>
        <translation>beim jetzigen Tempo nicht innerhalb der nächsten 24 Stunden</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Limit erreicht</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Failed for want of API calls</source>
        <translation>Mangels API-Aufrufen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Noch zu sendende Änderungen</translation>
    </message>
    <message>
        <source>Raise the sync intervals, so SyncDesk polls and flushes less often.</source>
        <translation>Erhöhen Sie die Synchronisierungsintervalle, damit SyncDesk seltener abfragt und sendet.</translation>
    </message>
    <message>
        <source>Sync fewer fields or objects in the field configuration.</source>
        <translation>Synchronisieren Sie in der Feldkonfiguration weniger Felder oder Objekte.</translation>
    </message>
    <message>
        <source>Buy more API calls for the org in Salesforce.</source>
        <translation>Kaufen Sie in Salesforce weitere API-Aufrufe für die Organisation.</translation>
    </message>
    <message>
        <source>Check which other integrations are spending calls.</source>
        <translation>Prüfen Sie, welche anderen Integrationen Aufrufe verbrauchen.</translation>
    </message>
    <message>
        <source>The org&apos;s API usage has fallen back below your threshold.</source>
        <translation>Die API-Nutzung der Organisation liegt wieder unter Ihrem Schwellenwert.</translation>
    </message>
    <message>
        <source>The org&apos;s API usage needs your attention.</source>
        <translation>Die API-Nutzung der Organisation erfordert Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Sent by SyncDesk.</source>
        <translation>Gesendet von SyncDesk.</translation>
    </message>
    <message>
        <source>This is a test email from SyncDesk. Alerts will reach you at this address.</source>
        <translation>Dies ist eine Test-E-Mail von SyncDesk. Warnungen erreichen Sie unter dieser Adresse.</translation>
    </message>
    <message>
        <source>Reading the org&apos;s API usage logs</source>
        <translation>Lesen der API-Nutzungsprotokolle der Org</translation>
    </message>
    <message>
        <source>Top integrations: not known yet, SyncDesk has read none of Salesforce&apos;s API usage logs of the past week.</source>
        <translation>Wichtigste Integrationen: noch unbekannt, SyncDesk hat keines der API-Nutzungsprotokolle von Salesforce der letzten Woche gelesen.</translation>
    </message>
    <message>
        <source>Top integrations: not known. %1</source>
        <translation>Wichtigste Integrationen: unbekannt. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 call(s)</source>
        <comment>integration name, number of calls</comment>
        <translation>
            <numerusform>%1 %2 Aufruf</numerusform>
            <numerusform>%1 %2 Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>no calls logged</source>
        <translation>keine Aufrufe protokolliert</translation>
    </message>
    <message numerus="yes">
        <source>Top integrations in the last %n hour(s): %1</source>
        <translation>
            <numerusform>Wichtigste Integrationen in der letzten %n Stunde: %1</numerusform>
            <numerusform>Wichtigste Integrationen in den letzten %n Stunden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top integrations in the %n hour(s) up to %1, from Salesforce&apos;s logs (published hours late): %2</source>
        <translation>
            <numerusform>Wichtigste Integrationen in der %n Stunde bis %1, laut den Protokollen von Salesforce (die Stunden später erscheinen): %2</numerusform>
            <numerusform>Wichtigste Integrationen in den %n Stunden bis %1, laut den Protokollen von Salesforce (die Stunden später erscheinen): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Keep SyncDesk&apos;s state (database, engine lock) in &lt;dir&gt; instead of the user&apos;s application data folder.</source>
        <translation>Den Zustand von SyncDesk (Datenbank, Engine-Sperre) in &lt;dir&gt; statt im Anwendungsdatenordner des Benutzers ablegen.</translation>
    </message>
    <message>
        <source>No application data folder is known for this user: give one with --data-dir.</source>
        <translation>Für diesen Benutzer ist kein Anwendungsdatenordner bekannt: Geben Sie einen mit --data-dir an.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: check that its parent exists and that you may write to it.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden: Prüfen Sie, ob der übergeordnete Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable.</source>
        <translation>Der Datenordner %1 ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>noch etwa %n Std.</numerusform>
            <numerusform>noch etwa %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling the Bulk API job: %1 of %Ln record(s) processed</source>
        <translation>
            <numerusform>Bulk-API-Job wird abgebrochen: %1 von %Ln Datensatz verarbeitet</numerusform>
            <numerusform>Bulk-API-Job wird abgebrochen: %1 von %Ln Datensätzen verarbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending records through Bulk API</source>
        <translation>Datensätze werden über die Bulk API gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>%Ln Datensatz über die Bulk API gelesen</numerusform>
            <numerusform>%Ln Datensätze über die Bulk API gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>%1 von %Ln Datensatz wird über die Bulk API gesendet</numerusform>
            <numerusform>%1 von %Ln Datensätzen werden über die Bulk API gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>%1 von %Ln Datensatz wird über die Bulk API gelesen</numerusform>
            <numerusform>%1 von %Ln Datensätzen werden über die Bulk API gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Aufruf</numerusform>
            <numerusform>%Ln Aufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Starting sandbox org…</source>
        <translation>Sandbox-Organisation wird gestartet…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Not connected to an org.</source>
        <translation>Mit keiner Org verbunden.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connected to %1 at %2</source>
        <translation>Verbunden mit %1 unter %2</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>The org has no API calls left; the engine asks again at %1.</source>
        <translation>Die Org hat keine API-Aufrufe mehr; die Engine fragt um %1 wieder nach.</translation>
    </message>
    <message>
        <source>The org has no API calls left.</source>
        <translation>Die Org hat keine API-Aufrufe mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) not retried.</source>
        <translation>
            <numerusform>%n Fehler nicht erneut versucht.</numerusform>
            <numerusform>%n Fehler nicht erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such failures: nothing to retry.</source>
        <translation>Keine solchen Fehler: nichts zu wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried.</source>
        <translation>
            <numerusform>%n Fehler erneut versucht.</numerusform>
            <numerusform>%n Fehler erneut versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync cycle was started.</source>
        <translation>Ein Sync-Durchlauf wurde gestartet.</translation>
    </message>
    <message>
        <source>The engine is paused.</source>
        <translation>Die Engine ist pausiert.</translation>
    </message>
    <message>
        <source>The engine resumed.</source>
        <translation>Die Engine läuft wieder.</translation>
    </message>
    <message>
        <source>No failures were named to dismiss.</source>
        <translation>Es wurden keine Fehler zum Verwerfen genannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) dismissed.</source>
        <translation>
            <numerusform>%n Fehler verworfen.</numerusform>
            <numerusform>%n Fehler verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine read the configuration again.</source>
        <translation>Die Engine hat die Konfiguration neu gelesen.</translation>
    </message>
    <message>
        <source>The org&apos;s usage is being read.</source>
        <translation>Die Nutzung der Org wird gelesen.</translation>
    </message>
    <message>
        <source>No Bulk API job is running.</source>
        <translation>Es läuft kein Bulk-API-Job.</translation>
    </message>
    <message>
        <source>The Bulk API job is being cancelled.</source>
        <translation>Der Bulk-API-Job wird abgebrochen.</translation>
    </message>
    <message>
        <source>This engine does not know the command.</source>
        <translation>Diese Engine kennt den Befehl nicht.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Keep SyncDesk&apos;s state in &lt;url&gt; instead of the data folder&apos;s SQLite file: a file path, sqlite:///path, or postgresql://user@host:port/database?sslmode=verify-full (team mode; the password is read from the keychain).</source>
        <translation>SyncDesks Zustand in &lt;url&gt; statt in der SQLite-Datei des Datenordners halten: ein Dateipfad, sqlite:///pfad oder postgresql://user@host:port/database?sslmode=verify-full (Team-Modus; das Passwort wird aus dem Schlüsselbund gelesen).</translation>
    </message>
    <message>
        <source>No database was given: use a file path, sqlite:///path or postgresql://user@host/database.</source>
        <translation>Keine Datenbank angegeben: verwenden Sie einen Dateipfad, sqlite:///pfad oder postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>%1 is not a local SQLite file: write sqlite:///absolute/path (three slashes).</source>
        <translation>%1 ist keine lokale SQLite-Datei: schreiben Sie sqlite:///absoluter/pfad (drei Schrägstriche).</translation>
    </message>
    <message>
        <source>%1 names no file.</source>
        <translation>%1 nennt keine Datei.</translation>
    </message>
    <message>
        <source>A SQLite database takes no options: %1</source>
        <translation>Eine SQLite-Datenbank nimmt keine Optionen an: %1</translation>
    </message>
    <message>
        <source>SyncDesk keeps its state in a SQLite file or on a PostgreSQL server; &apos;%1:&apos; is neither (use postgresql:// or sqlite://).</source>
        <translation>SyncDesk hält seinen Zustand in einer SQLite-Datei oder auf einem PostgreSQL-Server; „%1:“ ist keines von beiden (verwenden Sie postgresql:// oder sqlite://).</translation>
    </message>
    <message>
        <source>The database URL is not valid (%1). Expected postgresql://user@host:port/database.</source>
        <translation>Die Datenbank-URL ist ungültig (%1). Erwartet: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password: SyncDesk reads it from the keychain (entry %1). Remove it from the URL, and change it if it was typed in a shell.</source>
        <translation>Die Datenbank-URL darf kein Passwort enthalten: SyncDesk liest es aus dem Schlüsselbund (Eintrag %1). Entfernen Sie es aus der URL und ändern Sie es, falls es in einer Shell eingegeben wurde.</translation>
    </message>
    <message>
        <source>The database URL %1 names no server: write postgresql://user@host/database.</source>
        <translation>Die Datenbank-URL %1 nennt keinen Server: schreiben Sie postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The database URL %1 names no user: write postgresql://user@host/database.</source>
        <translation>Die Datenbank-URL %1 nennt keinen Benutzer: schreiben Sie postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The database URL %1 names no database: write postgresql://user@host/database.</source>
        <translation>Die Datenbank-URL %1 nennt keine Datenbank: schreiben Sie postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The database URL %1 has no valid port.</source>
        <translation>Die Datenbank-URL %1 hat keinen gültigen Port.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password: SyncDesk reads it from the keychain (entry %1).</source>
        <translation>Die Datenbank-URL darf kein Passwort enthalten: SyncDesk liest es aus dem Schlüsselbund (Eintrag %1).</translation>
    </message>
    <message>
        <source>The database URL has an option SyncDesk does not know: %1 (known: %2).</source>
        <translation>Die Datenbank-URL hat eine Option, die SyncDesk nicht kennt: %1 (bekannt: %2).</translation>
    </message>
    <message>
        <source>The database option %1 has no usable value.</source>
        <translation>Die Datenbankoption %1 hat keinen verwendbaren Wert.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a PostgreSQL TLS mode (use one of: %2).</source>
        <translation>sslmode=%1 ist kein TLS-Modus von PostgreSQL (verwenden Sie einen von: %2).</translation>
    </message>
    <message>
        <source>connect_timeout=%1 is not a number of seconds.</source>
        <translation>connect_timeout=%1 ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>The database option %1 is given twice.</source>
        <translation>Die Datenbankoption %1 ist zweimal angegeben.</translation>
    </message>
</context>
<context>
    <name>EngineStatusText</name>
    <message>
        <source>Idle</source>
        <translation>Im Leerlauf</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Paused: no API credits</source>
        <translation>Angehalten: keine API-Aufrufe verfügbar</translation>
    </message>
    <message>
        <source>Deferred by budget until %1</source>
        <translation>Wegen Budget zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Deferred by budget</source>
        <translation>Wegen Budget zurückgestellt</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächste %1</translation>
    </message>
    <message>
        <source>Paused: no API credits; next check %1</source>
        <translation>Angehalten: keine API-Aufrufe verfügbar; nächste Prüfung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) %1</source>
        <translation>
            <numerusform>%n Änderung %1</numerusform>
            <numerusform>%n Änderungen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) %1</source>
        <translation>
            <numerusform>%n Aktivität %1</numerusform>
            <numerusform>%n Aktivitäten %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 held: their services are off</source>
        <translation>%1 und %2 zurückgehalten: ihre Dienste sind aus</translation>
    </message>
</context>
<context>
    <name>FieldMappingCatalog</name>
    <message>
        <source>People ↔ Lead / Contact</source>
        <translation>Personen ↔ Lead / Kontakt</translation>
    </message>
    <message>
        <source>Accounts ↔ Account</source>
        <translation>Firmen ↔ Account</translation>
    </message>
    <message>
        <source>Opportunities ↔ Opportunity</source>
        <translation>Verkaufschancen ↔ Opportunity</translation>
    </message>
    <message>
        <source>Activities → Task</source>
        <translation>Aktivitäten → Aufgabe</translation>
    </message>
    <message>
        <source>Salesforce does not let SyncDesk create or update %1.%2: it is read-only.</source>
        <translation>Salesforce lässt SyncDesk %1.%2 weder anlegen noch aktualisieren: Das Feld ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Salesforce does not let SyncDesk update %1.%2 (&quot;updateable&quot;: false).</source>
        <translation>Salesforce lässt SyncDesk %1.%2 nicht aktualisieren (&quot;updateable&quot;: false).</translation>
    </message>
    <message>
        <source>Salesforce does not let SyncDesk set %1.%2 on new records (&quot;createable&quot;: false).</source>
        <translation>Salesforce lässt SyncDesk %1.%2 bei neuen Datensätzen nicht setzen (&quot;createable&quot;: false).</translation>
    </message>
</context>
<context>
    <name>FieldMappingValidation</name>
    <message>
        <source>Activities are only logged to Salesforce, never read back.</source>
        <translation>Aktivitäten werden nur in Salesforce protokolliert, nie zurückgelesen.</translation>
    </message>
    <message>
        <source>A mapping to %1 has no local field.</source>
        <translation>Eine Zuordnung zu %1 hat kein lokales Feld.</translation>
    </message>
    <message>
        <source>The local field %1 has no Salesforce field.</source>
        <translation>Das lokale Feld %1 hat kein Salesforce-Feld.</translation>
    </message>
    <message>
        <source>%1 and %2 both map to %3: a Salesforce field can hold only one local field.</source>
        <translation>%1 und %2 sind beide %3 zugeordnet: Ein Salesforce-Feld kann nur ein lokales Feld aufnehmen.</translation>
    </message>
    <message>
        <source>The local field %1 is mapped twice to %2.</source>
        <translation>Das lokale Feld %1 ist %2 doppelt zugeordnet.</translation>
    </message>
    <message>
        <source>%1 is of type %2, which cannot map to a single local field.</source>
        <translation>%1 hat den Typ %2, der keinem einzelnen lokalen Feld zugeordnet werden kann.</translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message>
        <source>No forecast yet: the org has not reported its usage.</source>
        <translation>Noch keine Prognose: Die Organisation hat ihre Nutzung noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>The present pace stays under the limit.</source>
        <translation>Beim jetzigen Tempo bleibt die Nutzung unter dem Limit.</translation>
    </message>
    <message>
        <source>The limit is reached: Salesforce refuses API calls until some roll off.</source>
        <translation>Das Limit ist erreicht: Salesforce lehnt API-Aufrufe ab, bis ältere aus dem 24-Stunden-Fenster fallen.</translation>
    </message>
    <message>
        <source>At the present pace the limit is reached at %1.</source>
        <translation>Beim jetzigen Tempo wird das Limit um %1 erreicht.</translation>
    </message>
    <message>
        <source>At the present pace the limit is reached tomorrow at %1.</source>
        <translation>Beim jetzigen Tempo wird das Limit morgen um %1 erreicht.</translation>
    </message>
    <message>
        <source>SyncDesk made no counted calls in the last 24 hours.</source>
        <translation>SyncDesk hat in den letzten 24 Stunden keine gezählten Aufrufe getätigt.</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) roll off in the next hour.</source>
        <translation>
            <numerusform>%Ln Aufruf fällt in der nächsten Stunde aus dem Zeitfenster.</numerusform>
            <numerusform>%Ln Aufrufe fallen in der nächsten Stunde aus dem Zeitfenster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity logging call(s)</source>
        <translation>
            <numerusform>%Ln Aufruf für Aktivitäten</numerusform>
            <numerusform>%Ln Aufrufe für Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s) to Salesforce</source>
        <translation>
            <numerusform>%Ln Aktualisierung an Salesforce</numerusform>
            <numerusform>%Ln Aktualisierungen an Salesforce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) for changes</source>
        <translation>
            <numerusform>%Ln Abfrage nach Änderungen</numerusform>
            <numerusform>%Ln Abfragen nach Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln limits check(s)</source>
        <translation>
            <numerusform>%Ln Limitprüfung</numerusform>
            <numerusform>%Ln Limitprüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln describe call(s)</source>
        <translation>
            <numerusform>%Ln Describe-Aufruf</numerusform>
            <numerusform>%Ln Describe-Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sign-in(s)</source>
        <translation>
            <numerusform>%Ln Anmeldung</numerusform>
            <numerusform>%Ln Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln usage log read(s)</source>
        <translation>
            <numerusform>%Ln Lesevorgang der Nutzungsprotokolle</numerusform>
            <numerusform>%Ln Lesevorgänge der Nutzungsprotokolle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SyncDesk made %Ln call(s) in the last 24 hours: %1.</source>
        <translation>
            <numerusform>SyncDesk hat in den letzten 24 Stunden %Ln Aufruf gemacht: %1.</numerusform>
            <numerusform>SyncDesk hat in den letzten 24 Stunden %Ln Aufrufe gemacht: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SyncDesk made %1 of the org&apos;s %Ln call(s) in the last 24 hours (%2 %): %3.</source>
        <translation>
            <numerusform>SyncDesk hat %1 des %Ln Aufrufs der Org in den letzten 24 Stunden gemacht (%2 %): %3.</numerusform>
            <numerusform>SyncDesk hat %1 der %Ln Aufrufe der Org in den letzten 24 Stunden gemacht (%2 %): %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundRoute</name>
    <message numerus="yes">
        <source>%Ln row(s) to read, under the Bulk API threshold of %1</source>
        <translation>
            <numerusform>%Ln Zeile zu lesen, unter der Bulk-API-Schwelle von %1</numerusform>
            <numerusform>%Ln Zeilen zu lesen, unter der Bulk-API-Schwelle von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): Bulk API would spend %1 calls, composite %2</source>
        <translation>
            <numerusform>%Ln Zeile: Bulk API bräuchte %1 Aufrufe, Composite %2</numerusform>
            <numerusform>%Ln Zeilen: Bulk API bräuchte %1 Aufrufe, Composite %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), about %1 calls instead of %2</source>
        <translation>
            <numerusform>%Ln Zeile, etwa %1 Aufrufe statt %2</numerusform>
            <numerusform>%Ln Zeilen, etwa %1 Aufrufe statt %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationUsage</name>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>no client name</source>
        <translation>kein Clientname</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
</context>
<context>
    <name>LoginHost</name>
    <message>
        <source>Enter your org&apos;s My Domain, e.g. acme.my.salesforce.com.</source>
        <translation>Geben Sie die My Domain Ihrer Organisation ein, z. B. acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>That is not a My Domain address: it should look like https://NAME.my.salesforce.com.</source>
        <translation>Das ist keine My-Domain-Adresse: Sie sollte wie https://NAME.my.salesforce.com aussehen.</translation>
    </message>
    <message>
        <source>The local sandbox org&apos;s address must be http://127.0.0.1:PORT.</source>
        <translation>Die Adresse der lokalen Sandbox-Organisation muss http://127.0.0.1:PORT lauten.</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>SyncDesk has received your sign-in. You can close this tab.</source>
        <translation>SyncDesk hat Ihre Anmeldung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>OutboundRoute</name>
    <message numerus="yes">
        <source>%Ln record(s), under the Bulk API threshold of %1</source>
        <translation>
            <numerusform>%Ln Datensatz, unter der Bulk-API-Schwelle von %1</numerusform>
            <numerusform>%Ln Datensätze, unter der Bulk-API-Schwelle von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s): Bulk API would spend %1 calls, composite %2</source>
        <translation>
            <numerusform>%Ln Datensatz: Bulk API bräuchte %1 Aufrufe, Composite %2</numerusform>
            <numerusform>%Ln Datensätze: Bulk API bräuchte %1 Aufrufe, Composite %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), about %1 calls instead of %2</source>
        <translation>
            <numerusform>%Ln Datensatz, etwa %1 Aufrufe statt %2</numerusform>
            <numerusform>%Ln Datensätze, etwa %1 Aufrufe statt %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>%1 is not a PostgreSQL database.</source>
        <translation>%1 ist keine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql to use %1.</source>
        <translation>Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert: installieren Sie das Paket libqt6sql6-psql, um %1 zu verwenden.</translation>
    </message>
    <message>
        <source>Could not connect to the SyncDesk database %1: %2</source>
        <translation>Keine Verbindung zur SyncDesk-Datenbank %1: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 is version %2; SyncDesk needs PostgreSQL 13 or newer.</source>
        <translation>Der PostgreSQL-Server von %1 hat Version %2; SyncDesk braucht PostgreSQL 13 oder neuer.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for the password of %2, and the keychain has none under %3. Store it there first: syncdesk-cli --database %1 database-password</source>
        <translation>Der PostgreSQL-Server %1 verlangt das Passwort von %2, und der Schlüsselbund hat unter %3 keines. Legen Sie es zuerst dort ab: syncdesk-cli --database %1 database-password</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the password of %2 (keychain entry %3): %4</source>
        <translation>Der PostgreSQL-Server %1 hat das Passwort von %2 abgelehnt (Schlüsselbund-Eintrag %3): %4</translation>
    </message>
</context>
<context>
    <name>RoleRefusal</name>
    <message>
        <source>Your database role (%1) may not %2.</source>
        <translation>Ihre Datenbankrolle (%1) darf nicht: %2.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keyring refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>No such entry in the keyring.</source>
        <translation>Kein solcher Eintrag im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No keyring is running: start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) so SyncDesk can keep your sign-in safely.</source>
        <translation>Es läuft kein Schlüsselbund: Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (z. B. GNOME Keyring oder KWallet), damit SyncDesk Ihre Anmeldung sicher aufbewahren kann.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Activity logging</source>
        <translation>Aktivitätsprotokollierung</translation>
    </message>
    <message>
        <source>held: activity logging is off</source>
        <translation>zurückgehalten: Aktivitätsprotokollierung ist aus</translation>
    </message>
    <message>
        <source>Updates to Salesforce</source>
        <translation>Aktualisierungen nach Salesforce</translation>
    </message>
    <message>
        <source>held: updates to Salesforce are off</source>
        <translation>zurückgehalten: Aktualisierungen nach Salesforce sind aus</translation>
    </message>
    <message>
        <source>Leads from Salesforce</source>
        <translation>Leads aus Salesforce</translation>
    </message>
    <message>
        <source>not read: Leads from Salesforce are off</source>
        <translation>nicht gelesen: Leads aus Salesforce sind aus</translation>
    </message>
    <message>
        <source>Contacts from Salesforce</source>
        <translation>Kontakte aus Salesforce</translation>
    </message>
    <message>
        <source>not read: Contacts from Salesforce are off</source>
        <translation>nicht gelesen: Kontakte aus Salesforce sind aus</translation>
    </message>
    <message>
        <source>Accounts from Salesforce</source>
        <translation>Accounts aus Salesforce</translation>
    </message>
    <message>
        <source>not read: Accounts from Salesforce are off</source>
        <translation>nicht gelesen: Accounts aus Salesforce sind aus</translation>
    </message>
    <message>
        <source>Opportunities from Salesforce</source>
        <translation>Opportunities aus Salesforce</translation>
    </message>
    <message>
        <source>not read: Opportunities from Salesforce are off</source>
        <translation>nicht gelesen: Opportunities aus Salesforce sind aus</translation>
    </message>
</context>
<context>
    <name>WorkspaceOrg</name>
    <message>
        <source>This workspace syncs with the org %1, and you connected the org %2. Its links, watermarks and failures belong to %1: use another data folder (--data-dir) for %2, or start this workspace over with %2 (syncdesk-cli connect --switch-org).</source>
        <translation>Dieser Arbeitsbereich synchronisiert mit der Org %1, verbunden wurde aber die Org %2. Seine Verknüpfungen, Wasserzeichen und Fehler gehören zu %1: Verwenden Sie für %2 einen anderen Datenordner (--data-dir), oder beginnen Sie diesen Arbeitsbereich mit %2 neu (syncdesk-cli connect --switch-org).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a private sandbox org and connect to it.</source>
        <translation>Eine private Sandbox-Organisation starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Do not simulate other integrations and CRM users in the sandbox org.</source>
        <translation>In der Sandbox-Organisation keine anderen Integrationen und CRM-Benutzer simulieren.</translation>
    </message>
    <message>
        <source>Desktop console for the admins of a Salesforce sync connector.</source>
        <translation>Desktop-Konsole für die Administratoren eines Salesforce-Synchronisierungskonnektors.</translation>
    </message>
    <message>
        <source>SyncDesk</source>
        <translation>SyncDesk</translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertDispatcher</name>
    <message>
        <source>No alert contact is set.</source>
        <translation>Es ist kein Warnkontakt festgelegt.</translation>
    </message>
    <message>
        <source>No recipient was given.</source>
        <translation>Es wurde kein Empfänger angegeben.</translation>
    </message>
    <message>
        <source>No SMTP password is saved for %1.</source>
        <translation>Für %1 ist kein SMTP-Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Test email sent.</source>
        <translation>Test-E-Mail gesendet.</translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertsHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>80 % of limit</source>
        <translation>80 % des Limits</translation>
    </message>
    <message>
        <source>90 % of limit</source>
        <translation>90 % des Limits</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Limit erreicht</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Entwarnung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Not delivered (%n attempt(s)): %1</source>
        <translation>
            <numerusform>Nicht zugestellt (%n Versuch): %1</numerusform>
            <numerusform>Nicht zugestellt (%n Versuche): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertsHistoryView</name>
    <message>
        <source>Alerts history</source>
        <translation>Verlauf der Warnungen</translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertsSettingsPage</name>
    <message>
        <source>Alert contact</source>
        <translation>Warnkontakt</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Also at 80 % of the daily limit</source>
        <translation>Auch bei 80 % des Tageslimits</translation>
    </message>
    <message>
        <source>Alert at 80 %</source>
        <translation>Warnung bei 80 %</translation>
    </message>
    <message>
        <source>Also at 90 % of the daily limit</source>
        <translation>Auch bei 90 % des Tageslimits</translation>
    </message>
    <message>
        <source>Alert at 90 %</source>
        <translation>Warnung bei 90 %</translation>
    </message>
    <message>
        <source>Also when the daily limit is reached</source>
        <translation>Auch wenn das Tageslimit erreicht ist</translation>
    </message>
    <message>
        <source>Alert at 100 %</source>
        <translation>Warnung bei 100 %</translation>
    </message>
    <message>
        <source>Send an all-clear when usage falls back</source>
        <translation>Entwarnung senden, wenn die Nutzung wieder sinkt</translation>
    </message>
    <message>
        <source>All-clear email</source>
        <translation>Entwarnungs-E-Mail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save alert settings</source>
        <translation>Warneinstellungen speichern</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Alert settings status</source>
        <translation>Status der Warneinstellungen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Email server</source>
        <translation>E-Mail-Server</translation>
    </message>
    <message>
        <source>Alert &amp;contact:</source>
        <translation>Warn&amp;kontakt:</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>Extra alerts</source>
        <translation>Zusätzliche Warnungen</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Enter the alert contact first.</source>
        <translation>Geben Sie zuerst den Warnkontakt ein.</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Test-E-Mail wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Test email sent.</source>
        <translation>Test-E-Mail gesendet.</translation>
    </message>
    <message>
        <source>The test email failed: %1</source>
        <translation>Die Test-E-Mail ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>change the alert settings</source>
        <translation>die Benachrichtigungseinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>syncdesk::ApiUsageLogReader</name>
    <message>
        <source>SyncDesk cannot read the org&apos;s API usage logs: the integration user lacks the &apos;View Event Log Files&apos; permission.</source>
        <translation>SyncDesk kann die API-Nutzungsprotokolle der Org nicht lesen: Dem Integrationsbenutzer fehlt die Berechtigung „View Event Log Files“.</translation>
    </message>
</context>
<context>
    <name>syncdesk::InboundPoll</name>
    <message>
        <source>resuming its Bulk API query job</source>
        <translation>setzt seinen Bulk-API-Abfragejob fort</translation>
    </message>
</context>
<context>
    <name>syncdesk::OrgSetupText</name>
    <message>
        <source>Create it in Setup &gt; Object Manager &gt; %1 &gt; Fields &amp; Relationships: Text(%2), label &quot;%3&quot;, External ID and Unique, editable by SyncDesk&apos;s user.</source>
        <translation>Legen Sie es unter Setup &gt; Objekt-Manager &gt; %1 &gt; Felder und Beziehungen an: Text(%2), Bezeichnung „%3“, Externe ID und Eindeutig, bearbeitbar für den Benutzer von SyncDesk.</translation>
    </message>
    <message>
        <source>its type is %1, not Text</source>
        <translation>sein Typ ist %1, nicht Text</translation>
    </message>
    <message>
        <source>it is not marked External ID</source>
        <translation>es ist nicht als Externe ID markiert</translation>
    </message>
    <message>
        <source>it is not marked Unique</source>
        <translation>es ist nicht als Eindeutig markiert</translation>
    </message>
    <message>
        <source>it holds %1 characters, fewer than %2</source>
        <translation>es fasst %1 Zeichen, weniger als %2</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot edit it (field-level security)</source>
        <translation>der Benutzer von SyncDesk kann es nicht bearbeiten (Sicherheit auf Feldebene)</translation>
    </message>
    <message numerus="yes">
        <source>The org is not prepared for SyncDesk: %n problem(s) (see &quot;Preparing the org&quot; in the README, or run syncdesk-cli doctor).</source>
        <translation>
            <numerusform>Die Org ist nicht für SyncDesk vorbereitet: %n Problem (siehe „Preparing the org“ in der README, oder führen Sie syncdesk-cli doctor aus).</numerusform>
            <numerusform>Die Org ist nicht für SyncDesk vorbereitet: %n Probleme (siehe „Preparing the org“ in der README, oder führen Sie syncdesk-cli doctor aus).</numerusform>
        </translation>
    </message>
    <message>
        <source>the org did not describe it</source>
        <translation>die Org hat es nicht beschrieben</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot access it (%1). Give the user&apos;s profile or a permission set access to %2 records.</source>
        <translation>Der Benutzer von SyncDesk kann nicht darauf zugreifen (%1). Geben Sie dem Profil des Benutzers oder einem Berechtigungssatz Zugriff auf %2-Datensätze.</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot query %1 records.</source>
        <translation>Der Benutzer von SyncDesk kann %1-Datensätze nicht abfragen.</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot create %1 records.</source>
        <translation>Der Benutzer von SyncDesk kann keine %1-Datensätze anlegen.</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot edit %1 records.</source>
        <translation>Der Benutzer von SyncDesk kann %1-Datensätze nicht bearbeiten.</translation>
    </message>
    <message>
        <source>missing, so SyncDesk cannot upsert %1 records. </source>
        <translation>fehlt, daher kann SyncDesk keine %1-Datensätze per Upsert schreiben. </translation>
    </message>
    <message>
        <source>not usable as SyncDesk&apos;s upsert key: %1. </source>
        <translation>als Upsert-Schlüssel von SyncDesk nicht verwendbar: %1. </translation>
    </message>
    <message>
        <source>mapped (%1) but SyncDesk&apos;s user cannot read it: it does not exist, or field-level security hides it.</source>
        <translation>zugeordnet (%1), aber der Benutzer von SyncDesk kann es nicht lesen: Es existiert nicht, oder die Sicherheit auf Feldebene verbirgt es.</translation>
    </message>
    <message>
        <source>mapped towards Salesforce (%1) but SyncDesk&apos;s user cannot update it. Grant edit access, or map it from_crm.</source>
        <translation>in Richtung Salesforce zugeordnet (%1), aber der Benutzer von SyncDesk kann es nicht aktualisieren. Gewähren Sie Bearbeitungszugriff, oder ordnen Sie es from_crm zu.</translation>
    </message>
    <message>
        <source>mapped towards Salesforce but SyncDesk&apos;s user cannot set it on new records.</source>
        <translation>in Richtung Salesforce zugeordnet, aber der Benutzer von SyncDesk kann es bei neuen Datensätzen nicht setzen.</translation>
    </message>
    <message>
        <source>activity logging writes it, but SyncDesk&apos;s user cannot see it (field-level security).</source>
        <translation>die Aktivitätsprotokollierung schreibt es, aber der Benutzer von SyncDesk kann es nicht sehen (Sicherheit auf Feldebene).</translation>
    </message>
    <message>
        <source>activity logging writes it, but SyncDesk&apos;s user cannot set it on new Tasks.</source>
        <translation>die Aktivitätsprotokollierung schreibt es, aber der Benutzer von SyncDesk kann es bei neuen Aufgaben nicht setzen.</translation>
    </message>
    <message>
        <source>The org refused SyncDesk&apos;s API calls (%1). The org&apos;s edition must include API access (Enterprise, Unlimited, Performance, Developer, or Professional with the API add-on), and SyncDesk&apos;s user needs the &quot;API Enabled&quot; permission.</source>
        <translation>Die Org hat die API-Aufrufe von SyncDesk abgelehnt (%1). Die Edition der Org muss API-Zugriff enthalten (Enterprise, Unlimited, Performance, Developer oder Professional mit dem API-Add-on), und der Benutzer von SyncDesk braucht die Berechtigung „API aktiviert“.</translation>
    </message>
</context>
<context>
    <name>syncdesk::OrgSignIn</name>
    <message>
        <source>The sign-in was not completed in the browser in time.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Enter the consumer key of the org&apos;s app for SyncDesk.</source>
        <translation>Geben Sie den Verbraucherschlüssel der App der Organisation für SyncDesk ein.</translation>
    </message>
    <message>
        <source>SyncDesk could not receive the sign-in on port %1 of this computer: is another program using it?</source>
        <translation>SyncDesk konnte die Anmeldung auf Port %1 dieses Computers nicht empfangen: Verwendet ein anderes Programm diesen Port?</translation>
    </message>
    <message>
        <source>The org refused the sign-in: %1</source>
        <translation>Die Organisation hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The org refused the sign-in: %1 %2</source>
        <translation>Die Organisation hat die Anmeldung abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>A sign-in answer arrived that SyncDesk did not ask for (wrong state); it was refused. Please sign in again.</source>
        <translation>Es ist eine Anmeldeantwort eingetroffen, die SyncDesk nicht angefordert hat (falscher State); sie wurde abgelehnt. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The org granted no refresh token: add the refresh_token scope to its app for SyncDesk, then sign in again.</source>
        <translation>Die Organisation hat kein Aktualisierungstoken gewährt: Fügen Sie ihrer App für SyncDesk den Bereich refresh_token hinzu und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>syncdesk::OrgSignOut</name>
    <message>
        <source>The org did not confirm the sign-out: %1</source>
        <translation>Die Organisation hat die Abmeldung nicht bestätigt: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::OutboundFlush</name>
    <message>
        <source>a Bulk API job left by a restart is resumed</source>
        <translation>ein durch einen Neustart liegengebliebener Bulk-API-Job wird fortgesetzt</translation>
    </message>
</context>
<context>
    <name>syncdesk::SandboxOrgProcess</name>
    <message>
        <source>The sandbox org did not report its address within %1 seconds.%2</source>
        <translation>Die Sandbox-Organisation hat ihre Adresse nicht innerhalb von %1 Sekunden gemeldet.%2</translation>
    </message>
    <message>
        <source>The sandbox org program (%1) was not found next to SyncDesk or on the PATH.</source>
        <translation>Das Programm der Sandbox-Organisation (%1) wurde weder neben SyncDesk noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>The sandbox org printed something other than its address.</source>
        <translation>Die Sandbox-Organisation hat etwas anderes als ihre Adresse ausgegeben.</translation>
    </message>
    <message>
        <source>The sandbox org printed &quot;%1&quot; instead of its address.</source>
        <translation>Die Sandbox-Organisation hat „%1“ statt ihrer Adresse ausgegeben.</translation>
    </message>
    <message>
        <source>The sandbox org crashed.</source>
        <translation>Die Sandbox-Organisation ist abgestürzt.</translation>
    </message>
    <message>
        <source>The sandbox org exited with code %1.</source>
        <translation>Die Sandbox-Organisation wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>The sandbox org could not be started: %1</source>
        <translation>Die Sandbox-Organisation konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::SandboxSignIn</name>
    <message>
        <source>The org&apos;s sign-in page could not be reached: %1</source>
        <translation>Die Anmeldeseite der Organisation war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The org did not approve the sign-in (HTTP %1 without a redirect).</source>
        <translation>Die Organisation hat die Anmeldung nicht genehmigt (HTTP %1 ohne Weiterleitung).</translation>
    </message>
    <message>
        <source>The org refused the sign-in: %1 %2</source>
        <translation>Die Organisation hat die Anmeldung abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>The org&apos;s answer to the sign-in did not carry SyncDesk&apos;s state; it was ignored.</source>
        <translation>Die Antwort der Organisation auf die Anmeldung enthielt nicht den State von SyncDesk; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The org&apos;s answer to the sign-in carried no authorization code.</source>
        <translation>Die Antwort der Organisation auf die Anmeldung enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The org refused the authorization code: %1</source>
        <translation>Die Organisation hat den Autorisierungscode abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::SimulatedSalesTeam</name>
    <message>
        <source>Logged by %1 of the simulated sales team.</source>
        <translation>Protokolliert von %1 aus dem simulierten Vertriebsteam.</translation>
    </message>
    <message>
        <source>%1 logged a call: %2</source>
        <translation>%1 hat einen Anruf protokolliert: %2</translation>
    </message>
    <message>
        <source>%1 logged an email: %2</source>
        <translation>%1 hat eine E-Mail protokolliert: %2</translation>
    </message>
    <message>
        <source>%1 set a person&apos;s title to %2</source>
        <translation>%1 hat die Position einer Person auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 set an account&apos;s industry to %2</source>
        <translation>%1 hat die Branche einer Firma auf %2 gesetzt</translation>
    </message>
</context>
<context>
    <name>syncdesk::SmtpMailer</name>
    <message>
        <source>The SMTP server or the sender address is not set.</source>
        <translation>Der SMTP-Server oder die Absenderadresse ist nicht festgelegt.</translation>
    </message>
    <message>
        <source>Could not start the mail client.</source>
        <translation>Der Mail-Client konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sending to %1:%2 failed: %3</source>
        <translation>Senden an %1:%2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>syncdesk::SyncEngine</name>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>Der lokale Speicher kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Sync is paused.</source>
        <translation>Die Synchronisierung ist angehalten.</translation>
    </message>
    <message>
        <source>The connector&apos;s call budget is spent; waiting work resumes when calls roll off.</source>
        <translation>Das Aufrufbudget des Konnektors ist aufgebraucht; ausstehende Arbeit wird fortgesetzt, sobald Aufrufe aus dem 24-Stunden-Fenster fallen.</translation>
    </message>
    <message>
        <source>Salesforce refused the session; sign in again to resume sync.</source>
        <translation>Salesforce hat die Sitzung abgelehnt; melden Sie sich erneut an, um die Synchronisierung fortzusetzen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent</source>
        <translation>
            <numerusform>%Ln Datensatz gesendet</numerusform>
            <numerusform>%Ln Datensätze gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) logged</source>
        <translation>
            <numerusform>%Ln Aktivität protokolliert</numerusform>
            <numerusform>%Ln Aktivitäten protokolliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) retried</source>
        <translation>
            <numerusform>%Ln Fehler erneut versucht</numerusform>
            <numerusform>%Ln Fehler erneut versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 updated, %3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>%1 angelegt, %2 aktualisiert, %3 gelöscht, %n Konflikt</numerusform>
            <numerusform>%1 angelegt, %2 aktualisiert, %3 gelöscht, %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store cannot be written: %1</source>
        <translation>Der lokale Speicher kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The org has no API calls left; sync resumes when a check of the org&apos;s figures finds some.</source>
        <translation>Die Org hat keine API-Aufrufe mehr; die Synchronisierung wird fortgesetzt, sobald eine Prüfung der Zahlen der Org wieder welche findet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) found before writing</source>
        <translation>
            <numerusform>%Ln Konflikt vor dem Schreiben gefunden</numerusform>
            <numerusform>%Ln Konflikte vor dem Schreiben gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not read: %2</source>
        <translation>%1 nicht gelesen: %2</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deletion check of %1 linked records: %n deleted in Salesforce without a trace</source>
        <translation>
            <numerusform>Löschprüfung von %1 verknüpften Datensätzen: %n spurlos in Salesforce gelöscht</numerusform>
            <numerusform>Löschprüfung von %1 verknüpften Datensätzen: %n spurlos in Salesforce gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled, the rest waits for the next flush</source>
        <translation>abgebrochen, der Rest wartet auf das nächste Senden</translation>
    </message>
</context>
<context>
    <name>syncdesk::TeamConsoleControl</name>
    <message>
        <source>No engine is running for this database.</source>
        <translation>Für diese Datenbank läuft keine Engine.</translation>
    </message>
    <message>
        <source>No engine has reported since %1.</source>
        <translation>Seit %1 hat sich keine Engine gemeldet.</translation>
    </message>
    <message>
        <source>The engine could not be asked to %1: %2</source>
        <translation>Die Engine konnte nicht gebeten werden (%1): %2</translation>
    </message>
    <message>
        <source>start a sync</source>
        <translation>einen Sync starten</translation>
    </message>
    <message>
        <source>pause the engine</source>
        <translation>die Engine pausieren</translation>
    </message>
    <message>
        <source>resume the engine</source>
        <translation>die Engine fortsetzen</translation>
    </message>
    <message>
        <source>retry sync failures</source>
        <translation>Sync-Fehler erneut versuchen</translation>
    </message>
    <message>
        <source>dismiss sync failures</source>
        <translation>Sync-Fehler verwerfen</translation>
    </message>
    <message>
        <source>read the configuration again</source>
        <translation>die Konfiguration neu lesen</translation>
    </message>
    <message>
        <source>read the org&apos;s usage</source>
        <translation>die Nutzung der Org lesen</translation>
    </message>
    <message>
        <source>cancel the Bulk API job</source>
        <translation>den Bulk-API-Job abbrechen</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ApiLimitsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Asks Salesforce for the org&apos;s figures now. This spends one API call (GET /limits).</source>
        <translation>Fragt die Zahlen der Organisation jetzt bei Salesforce ab. Das verbraucht einen API-Aufruf (GET /limits).</translation>
    </message>
    <message>
        <source>Open System &amp;Overview in Salesforce</source>
        <translation>&amp;Systemübersicht in Salesforce öffnen</translation>
    </message>
    <message>
        <source>Opens the org&apos;s System Overview setup page in the browser.</source>
        <translation>Öffnet die Setup-Seite „Systemübersicht“ der Organisation im Browser.</translation>
    </message>
    <message>
        <source>Set &amp;threshold…</source>
        <translation>Schwellenwert &amp;festlegen…</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Ausblick</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>Letzte &amp;24 Stunden</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ApiUsageGroup</name>
    <message>
        <source>Total API Calls Used</source>
        <translation>Insgesamt verbrauchte API-Aufrufe</translation>
    </message>
    <message>
        <source>API Usage Threshold</source>
        <translation>Schwellenwert für API-Nutzung</translation>
    </message>
    <message>
        <source>API calls used of the org&apos;s limit</source>
        <translation>Verbrauchte API-Aufrufe vom Limit der Organisation</translation>
    </message>
    <message>
        <source>API calls used of the threshold</source>
        <translation>Verbrauchte API-Aufrufe vom Schwellenwert</translation>
    </message>
    <message>
        <source>Waiting for the org&apos;s first reading…</source>
        <translation>Warten auf die erste Messung der Organisation…</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message>
        <source>%1 of %2 — %3 %</source>
        <translation>%1 von %2 — %3 %</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>No Threshold</source>
        <translation>Kein Schwellenwert</translation>
    </message>
    <message>
        <source>Set a threshold to have the CRM Sync Alert Contact emailed when usage crosses it.</source>
        <translation>Legen Sie einen Schwellenwert fest, damit der CRM-Synchronisierungs-Warnkontakt per E-Mail benachrichtigt wird, wenn die Nutzung ihn überschreitet.</translation>
    </message>
    <message>
        <source>Not current: %1</source>
        <translation>Nicht aktuell: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) left in the rolling 24 hours</source>
        <translation>
            <numerusform>%Ln Aufruf in den gleitenden 24 Stunden übrig</numerusform>
            <numerusform>%Ln Aufrufe in den gleitenden 24 Stunden übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) over the org&apos;s allocation</source>
        <translation>
            <numerusform>%Ln Aufruf über dem Kontingent der Org</numerusform>
            <numerusform>%Ln Aufrufe über dem Kontingent der Org</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) left before the threshold</source>
        <translation>
            <numerusform>%Ln Aufruf bis zum Schwellenwert</numerusform>
            <numerusform>%Ln Aufrufe bis zum Schwellenwert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The threshold is crossed by %Ln call(s)</source>
        <translation>
            <numerusform>Der Schwellenwert ist um %Ln Aufruf überschritten</numerusform>
            <numerusform>Der Schwellenwert ist um %Ln Aufrufe überschritten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::BulkProgressStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the Bulk API job: what Salesforce has already processed is kept and recorded, the rest waits for the next sync.</source>
        <translation>Den Bulk-API-Job anhalten: Was Salesforce schon verarbeitet hat, bleibt erhalten und wird verbucht; der Rest wartet auf die nächste Synchronisierung.</translation>
    </message>
    <message>
        <source>Cancel the Bulk API job</source>
        <translation>Bulk-API-Job abbrechen</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed here later, so it went to Salesforce</source>
        <translation>Hier später geändert, daher nach Salesforce übertragen</translation>
    </message>
    <message>
        <source>Changed in Salesforce later, so it replaced the local edit</source>
        <translation>In Salesforce später geändert, daher hat es die lokale Änderung ersetzt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Value that lost</source>
        <translation>Unterlegener Wert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::CsvImportRunner</name>
    <message>
        <source>Imported %1 people. They go to Salesforce with the next sync.</source>
        <translation>%1 Personen importiert. Sie gehen mit der nächsten Synchronisierung nach Salesforce.</translation>
    </message>
    <message>
        <source>Imported %1 accounts. They go to Salesforce with the next sync.</source>
        <translation>%1 Accounts importiert. Sie gehen mit der nächsten Synchronisierung nach Salesforce.</translation>
    </message>
    <message>
        <source>Imported %1 calls and emails. They are logged as Tasks with the next sync.</source>
        <translation>%1 Anrufe und E-Mails importiert. Sie werden mit der nächsten Synchronisierung als Aufgaben protokolliert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has these problems.</source>
        <translation>Nichts wurde importiert: Die Datei hat diese Fehler.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::DesktopSession</name>
    <message>
        <source>SyncDesk</source>
        <translation>SyncDesk</translation>
    </message>
    <message>
        <source>Sandbox org</source>
        <translation>Sandbox-Organisation</translation>
    </message>
    <message>
        <source>Approve SyncDesk in the browser window that opened.</source>
        <translation>Genehmigen Sie SyncDesk im geöffneten Browserfenster.</translation>
    </message>
    <message>
        <source>Signed in, but the connection cannot be saved: %1</source>
        <translation>Angemeldet, aber die Verbindung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The saved sign-in cannot be read from the keychain: %1</source>
        <translation>Die gespeicherte Anmeldung kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Another SyncDesk engine is already syncing this workspace%1. This window shows its figures but does not sync.</source>
        <translation>Eine andere SyncDesk-Engine synchronisiert diesen Arbeitsbereich bereits%1. Dieses Fenster zeigt ihre Zahlen an, synchronisiert aber nicht.</translation>
    </message>
    <message>
        <source> (process %1)</source>
        <translation> (Prozess %1)</translation>
    </message>
    <message>
        <source>Emailed to %1</source>
        <translation>Per E-Mail gesendet an %1</translation>
    </message>
    <message>
        <source>An API usage alert could not be emailed</source>
        <translation>Eine Warnung zur API-Nutzung konnte nicht per E-Mail gesendet werden</translation>
    </message>
    <message>
        <source>No org is connected yet: run syncdesk-cli connect on the engine&apos;s host.</source>
        <translation>Noch keine Org verbunden: Führen Sie syncdesk-cli connect auf dem Host der Engine aus.</translation>
    </message>
    <message>
        <source>The team database cannot be opened: %1</source>
        <translation>Die Team-Datenbank lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The database password cannot be kept in the keychain, so the next start will not find it: %1</source>
        <translation>Das Datenbankpasswort kann nicht im Schlüsselbund abgelegt werden; der nächste Start findet es daher nicht: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FailureListModel</name>
    <message>
        <source>No API calls left</source>
        <translation>Keine API-Aufrufe mehr</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Refused by Salesforce</source>
        <translation>Von Salesforce abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Vorübergehend</translation>
    </message>
    <message>
        <source>To Salesforce</source>
        <translation>Nach Salesforce</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Salesforce ID</source>
        <translation>Salesforce-ID</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Salesforce code and message</source>
        <translation>Salesforce-Code und -Meldung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FieldConfigurationPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>&amp;Add mapping</source>
        <translation>Zuordnung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove mapping</source>
        <translation>Zuordnung &amp;entfernen</translation>
    </message>
    <message>
        <source>Sync intervals</source>
        <translation>Synchronisierungsintervalle</translation>
    </message>
    <message>
        <source>Send local changes every</source>
        <translation>Lokale Änderungen senden alle</translation>
    </message>
    <message>
        <source>Check Salesforce for changes every</source>
        <translation>Salesforce auf Änderungen prüfen alle</translation>
    </message>
    <message>
        <source>Send local changes and activities every:</source>
        <translation>Lokale Änderungen und Aktivitäten senden alle:</translation>
    </message>
    <message>
        <source>Check Salesforce for changes every:</source>
        <translation>Salesforce auf Änderungen prüfen alle:</translation>
    </message>
    <message>
        <source>Estimated API calls per day</source>
        <translation>Geschätzte API-Aufrufe pro Tag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>No describe of %1 is cached, so there is no list of its Salesforce fields: existing mappings can still be edited, and field names typed.</source>
        <translation>Für %1 ist kein Describe zwischengespeichert, daher gibt es keine Liste seiner Salesforce-Felder: Bestehende Zuordnungen lassen sich trotzdem bearbeiten und Feldnamen eintippen.</translation>
    </message>
    <message>
        <source>Salesforce fields are listed from the cached describe (read %1); no API call is spent to show them.</source>
        <translation>Die Salesforce-Felder stammen aus dem zwischengespeicherten Describe (gelesen %1); für ihre Anzeige wird kein API-Aufruf verbraucht.</translation>
    </message>
    <message>
        <source>Estimated API calls per day: &lt;b&gt;%1&lt;/b&gt; (outbound %2, activities %3, inbound %4) — saved configuration: %5</source>
        <translation>Geschätzte API-Aufrufe pro Tag: &lt;b&gt;%1&lt;/b&gt; (ausgehend %2, Aktivitäten %3, eingehend %4) — gespeicherte Konfiguration: %5</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The configuration could not be saved: %1</source>
        <translation>Die Konfiguration konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved. The sync engine now uses this configuration.</source>
        <translation>Gespeichert. Die Synchronisierungs-Engine verwendet jetzt diese Konfiguration.</translation>
    </message>
    <message>
        <source>S&amp;ervices…</source>
        <translation>D&amp;ienste…</translation>
    </message>
    <message>
        <source>Switch activity logging, updates or objects off to spend fewer calls</source>
        <translation>Aktivitätsprotokollierung, Aktualisierungen oder Objekte abschalten, um weniger Aufrufe zu verbrauchen</translation>
    </message>
    <message>
        <source>Estimated API calls per day: &lt;b&gt;%1&lt;/b&gt; (outbound %2, activities %3, inbound %4, reading the org&apos;s usage logs %5) — saved configuration: %6</source>
        <translation>Geschätzte API-Aufrufe pro Tag: &lt;b&gt;%1&lt;/b&gt; (ausgehend %2, Aktivitäten %3, eingehend %4, Lesen der Nutzungsprotokolle der Org %5) — gespeicherte Konfiguration: %6</translation>
    </message>
    <message>
        <source>change the field configuration</source>
        <translation>die Feldkonfiguration ändern</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FieldMappingCrmFieldDelegate</name>
    <message>
        <source>Salesforce field</source>
        <translation>Salesforce-Feld</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FieldMappingDirectionDelegate</name>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FieldMappingModel</name>
    <message>
        <source>Both</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>To Salesforce</source>
        <translation>Nach Salesforce</translation>
    </message>
    <message>
        <source>From Salesforce</source>
        <translation>Von Salesforce</translation>
    </message>
    <message>
        <source>Don&apos;t sync</source>
        <translation>Nicht synchronisieren</translation>
    </message>
    <message>
        <source>%1 is not in the cached describe of %2.</source>
        <translation>%1 ist nicht im zwischengespeicherten Describe von %2 enthalten.</translation>
    </message>
    <message>
        <source>Local field</source>
        <translation>Lokales Feld</translation>
    </message>
    <message>
        <source>Salesforce field</source>
        <translation>Salesforce-Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Explore with the sandbox org</source>
        <translation>Mit der Sandbox-Organisation &amp;erkunden</translation>
    </message>
    <message>
        <source>&amp;Connect to a Salesforce org</source>
        <translation>Mit einer Salesforce-Organisation &amp;verbinden</translation>
    </message>
    <message>
        <source>Welcome to SyncDesk</source>
        <translation>Willkommen bei SyncDesk</translation>
    </message>
    <message>
        <source>A local org with sample people, accounts and opportunities, other integrations spending calls, and a simulated sales team.</source>
        <translation>Eine lokale Organisation mit Beispielpersonen, -firmen und -verkaufschancen, anderen Integrationen, die Aufrufe verbrauchen, und einem simulierten Vertriebsteam.</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Produktion (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>My Domain</source>
        <translation>My Domain</translation>
    </message>
    <message>
        <source>Login host</source>
        <translation>Anmeldehost</translation>
    </message>
    <message>
        <source>acme.my.salesforce.com</source>
        <translation>acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>Consumer key of the connected app</source>
        <translation>Verbraucherschlüssel der verbundenen App</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Verbraucherschlüssel</translation>
    </message>
    <message>
        <source>Log in at:</source>
        <translation>Anmelden bei:</translation>
    </message>
    <message>
        <source>My Domain:</source>
        <translation>My Domain:</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Verbraucherschlüssel:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Enter the consumer key of the connected app your Salesforce admin created for SyncDesk.</source>
        <translation>Geben Sie den Verbraucherschlüssel der verbundenen App ein, die Ihr Salesforce-Administrator für SyncDesk angelegt hat.</translation>
    </message>
    <message>
        <source>Join a &amp;team database (PostgreSQL URL)</source>
        <translation>&amp;Team-Datenbank beitreten (PostgreSQL-URL)</translation>
    </message>
    <message>
        <source>SyncDesk is not connected to an org yet. Connect it to your Salesforce org, join your team&apos;s SyncDesk database, or look around first on a sandbox org that runs on this computer and needs no Salesforce account.</source>
        <translation>SyncDesk ist noch mit keiner Org verbunden. Verbinden Sie es mit Ihrer Salesforce-Org, treten Sie der SyncDesk-Datenbank Ihres Teams bei oder sehen Sie sich zuerst in einer Sandbox-Org um, die auf diesem Computer läuft und kein Salesforce-Konto braucht.</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>URL der Team-Datenbank</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Wird im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL URL of the team&apos;s database, such as postgresql://ann@db.example/syncdesk.</source>
        <translation>Geben Sie die PostgreSQL-URL der Team-Datenbank ein, etwa postgresql://ann@db.example/syncdesk.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::IntegrationUsageGroup</name>
    <message>
        <source>Who used the calls</source>
        <translation>Wer die Aufrufe verbraucht hat</translation>
    </message>
    <message>
        <source>&amp;Services…</source>
        <translation>&amp;Dienste…</translation>
    </message>
    <message>
        <source>By integration</source>
        <translation>Nach Integration</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Nach Benutzer</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>Nach Client</translation>
    </message>
    <message>
        <source>Group the calls</source>
        <translation>Aufrufe gruppieren</translation>
    </message>
    <message>
        <source>Calls per integration</source>
        <translation>Aufrufe pro Integration</translation>
    </message>
    <message>
        <source>Switch activity logging, updates or objects off to spend fewer calls</source>
        <translation>Aktivitätsprotokollierung, Aktualisierungen oder Objekte ausschalten, um weniger Aufrufe zu verbrauchen</translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs cover none of the last %n hour(s) yet. Each hour&apos;s log arrives 3 to 6 hours after the hour ends.</source>
        <translation>
            <numerusform>Die Protokolle von Salesforce decken die letzte %n Stunde noch nicht ab. Das Protokoll jeder Stunde erscheint 3 bis 6 Stunden nach deren Ende.</numerusform>
            <numerusform>Die Protokolle von Salesforce decken noch keine der letzten %n Stunden ab. Das Protokoll jeder Stunde erscheint 3 bis 6 Stunden nach deren Ende.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs cover %1 of the last %n hour(s).</source>
        <translation>
            <numerusform>Die Protokolle von Salesforce decken %1 der letzten %n Stunde ab.</numerusform>
            <numerusform>Die Protokolle von Salesforce decken %1 der letzten %n Stunden ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares are of the org&apos;s %Ln counted call(s) in those hours.</source>
        <translation>
            <numerusform>Anteile am %Ln gezählten Aufruf der Org in diesen Stunden.</numerusform>
            <numerusform>Anteile an den %Ln gezählten Aufrufen der Org in diesen Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each hour&apos;s log arrives 3 to 6 hours after the hour ends.</source>
        <translation>Das Protokoll jeder Stunde erscheint 3 bis 6 Stunden nach deren Ende.</translation>
    </message>
    <message numerus="yes">
        <source>Changes compare with the %n hour(s) of the period before that the logs cover.</source>
        <translation>
            <numerusform>Änderungen beziehen sich auf die %n Stunde des vorherigen Zeitraums, die die Protokolle abdecken.</numerusform>
            <numerusform>Änderungen beziehen sich auf die %n Stunden des vorherigen Zeitraums, die die Protokolle abdecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The logs cover only %n hour(s) of the period before: too few to show changes.</source>
        <translation>
            <numerusform>Die Protokolle decken nur %n Stunde des vorherigen Zeitraums ab: zu wenig, um Änderungen zu zeigen.</numerusform>
            <numerusform>Die Protokolle decken nur %n Stunden des vorherigen Zeitraums ab: zu wenig, um Änderungen zu zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>SyncDesk&apos;s own calls appear once the logs cover the hours it ran.</source>
        <translation>Die eigenen Aufrufe von SyncDesk erscheinen, sobald die Protokolle die Stunden abdecken, in denen es lief.</translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs count %Ln call(s) from SyncDesk more than its own records for these hours.</source>
        <translation>
            <numerusform>Die Protokolle von Salesforce zählen für diese Stunden %Ln Aufruf von SyncDesk mehr als seine eigenen Aufzeichnungen.</numerusform>
            <numerusform>Die Protokolle von Salesforce zählen für diese Stunden %Ln Aufrufe von SyncDesk mehr als seine eigenen Aufzeichnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs count %Ln call(s) from SyncDesk fewer than its own records for these hours.</source>
        <translation>
            <numerusform>Die Protokolle von Salesforce zählen für diese Stunden %Ln Aufruf von SyncDesk weniger als seine eigenen Aufzeichnungen.</numerusform>
            <numerusform>Die Protokolle von Salesforce zählen für diese Stunden %Ln Aufrufe von SyncDesk weniger als seine eigenen Aufzeichnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Salesforce admin can add it to the integration user&apos;s permission set (Setup, Permission Sets, System Permissions). SyncDesk asks again once a day; until then the chart shows the other integrations as one block.</source>
        <translation>Ein Salesforce-Administrator kann sie dem Berechtigungssatz des Integrationsbenutzers hinzufügen (Setup, Berechtigungssätze, Systemberechtigungen). SyncDesk fragt einmal täglich erneut; bis dahin zeigt das Diagramm die anderen Integrationen als einen Block.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::IntegrationUsageModel</name>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt; 1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>%1 (SyncDesk)</source>
        <translation>%1 (SyncDesk)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Salesforce&apos;s logs cover too little of the period before to compare.</source>
        <translation>Die Protokolle von Salesforce decken zu wenig vom vorherigen Zeitraum ab, um zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) in the period before</source>
        <translation>
            <numerusform>%Ln Aufruf im vorherigen Zeitraum</numerusform>
            <numerusform>%Ln Aufrufe im vorherigen Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::MainWindow</name>
    <message>
        <source>SyncDesk</source>
        <translation>SyncDesk</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send waiting changes and read Salesforce&apos;s changes now</source>
        <translation>Wartende Änderungen jetzt senden und Änderungen aus Salesforce lesen</translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>Synchronisierung &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop spending API calls until sync is resumed</source>
        <translation>Keine API-Aufrufe mehr verbrauchen, bis die Synchronisierung fortgesetzt wird</translation>
    </message>
    <message>
        <source>Show SyncDesk</source>
        <translation>SyncDesk anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <source>API Limits</source>
        <translation>API-Limits</translation>
    </message>
    <message>
        <source>Field Configuration</source>
        <translation>Feldkonfiguration</translation>
    </message>
    <message>
        <source>Sync Failures</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>SyncDesk — %1</source>
        <translation>SyncDesk — %1</translation>
    </message>
    <message>
        <source>%1 of %2 API calls used</source>
        <translation>%1 von %2 API-Aufrufen verbraucht</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>The org refused SyncDesk&apos;s saved sign-in; sync waits for a new one</source>
        <translation>Die Org hat die gespeicherte Anmeldung von SyncDesk abgelehnt; die Synchronisierung wartet auf eine neue</translation>
    </message>
    <message>
        <source>Import &amp;People from CSV…</source>
        <translation>&amp;Personen aus CSV importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Accounts from CSV…</source>
        <translation>&amp;Accounts aus CSV importieren…</translation>
    </message>
    <message>
        <source>Import Calls and &amp;Emails from CSV…</source>
        <translation>Anrufe und &amp;E-Mails aus CSV importieren…</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV-Import</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ServicesDialog</name>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>A service switched off spends no API calls. Its work waits, held and never failed, and goes out with the next sync once it is on again.</source>
        <translation>Ein abgeschalteter Dienst verbraucht keine API-Aufrufe. Seine Arbeit wartet, zurückgehalten und nie als Fehler, und geht mit der nächsten Synchronisierung hinaus, sobald er wieder an ist.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Calls in 24 h</source>
        <translation>Aufrufe in 24 h</translation>
    </message>
    <message>
        <source>Calls per day when on</source>
        <translation>Aufrufe pro Tag, wenn an</translation>
    </message>
    <message>
        <source>Held work</source>
        <translation>Zurückgehaltene Arbeit</translation>
    </message>
    <message>
        <source>* Objects read from Salesforce share each poll call: switching one off saves its further pages, switching all of them off saves the polls.</source>
        <translation>* Aus Salesforce gelesene Objekte teilen sich jeden Abfrageaufruf: eines abzuschalten spart seine weiteren Seiten, alle abzuschalten spart die Abfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) %1</source>
        <translation>
            <numerusform>%n Element %1</numerusform>
            <numerusform>%n Elemente %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The switch could not be saved: %1</source>
        <translation>Der Schalter konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>switch services on or off</source>
        <translation>Dienste ein- oder ausschalten</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::SyncFailuresPage</name>
    <message>
        <source>Sync failures</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>To Salesforce</source>
        <translation>Nach Salesforce</translation>
    </message>
    <message>
        <source>Refused by Salesforce</source>
        <translation>Von Salesforce abgelehnt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Retry status</source>
        <translation>Status der Wiederholung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Filter by record, code or message</source>
        <translation>Nach Datensatz, Code oder Meldung filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird erneut versucht</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the selected failures now</source>
        <translation>Die ausgewählten Fehler jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>&amp;Alle wiederholen</translation>
    </message>
    <message>
        <source>Retry every failure now</source>
        <translation>Alle Fehler jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Give up on the selected failures and the changes they hold</source>
        <translation>Die ausgewählten Fehler und die darin enthaltenen Änderungen aufgeben</translation>
    </message>
    <message>
        <source>&amp;Open in Salesforce</source>
        <translation>In Salesforce ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the record in the browser</source>
        <translation>Den Datensatz im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated</source>
        <translation>Die ausgewählten Zeilen tabulatorgetrennt kopieren</translation>
    </message>
    <message>
        <source>Dismiss failures</source>
        <translation>Fehler verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n failure(s)? The changes they hold will not be sent to Salesforce.</source>
        <translation>
            <numerusform>%n Fehler verwerfen? Die darin enthaltenen Änderungen werden nicht an Salesforce gesendet.</numerusform>
            <numerusform>%n Fehler verwerfen? Die darin enthaltenen Änderungen werden nicht an Salesforce gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 failures</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>No API calls left; SyncDesk checks the org&apos;s figures again at %1</source>
        <translation>Keine API-Aufrufe mehr; SyncDesk prüft die Zahlen der Org erneut um %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::SyncLogModel</name>
    <message>
        <source>Send changes</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <source>Read changes</source>
        <translation>Änderungen lesen</translation>
    </message>
    <message>
        <source>Log activities</source>
        <translation>Aktivitäten protokollieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>REST composite</source>
        <translation>REST Composite</translation>
    </message>
    <message>
        <source>Bulk API 2.0</source>
        <translation>Bulk API 2.0</translation>
    </message>
    <message>
        <source>REST query</source>
        <translation>REST-Abfrage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An API&apos;s name, then why the run used it (&quot;Bulk API 2.0: 100,000 records, about 9 calls instead of 100&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>API and why</source>
        <translation>API und Grund</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::SyncLogPage</name>
    <message>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>Log activities</source>
        <translation>Aktivitäten protokollieren</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed a field since the last sync, and the later change won</source>
        <translation>Konflikte: Beide Seiten haben ein Feld seit der letzten Synchronisierung geändert, und die spätere Änderung hat gewonnen</translation>
    </message>
    <message>
        <source>Bulk API 2.0: %1 records, about %2 calls instead of %3</source>
        <translation>Bulk API 2.0: %1 Datensätze, etwa %2 Aufrufe statt %3</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::TeamModeLabel</name>
    <message>
        <source>The engine carried out the command.</source>
        <translation>Die Engine hat den Befehl ausgeführt.</translation>
    </message>
    <message>
        <source>The engine declined (asked by %1): %2</source>
        <translation>Die Engine hat abgelehnt (angefragt von %1): %2</translation>
    </message>
    <message>
        <source>The engine could not do it (asked by %1): %2</source>
        <translation>Die Engine konnte es nicht ausführen (angefragt von %1): %2</translation>
    </message>
    <message>
        <source>Engine (asked by %1): %2</source>
        <translation>Engine (angefragt von %1): %2</translation>
    </message>
    <message>
        <source>SyncDesk</source>
        <translation>SyncDesk</translation>
    </message>
    <message>
        <source>Your database role (viewer) may read everything but change nothing; an admin&apos;s role is needed for this.</source>
        <translation>Ihre Datenbankrolle (Betrachter) darf alles lesen, aber nichts ändern; dafür ist die Rolle eines Admins nötig.</translation>
    </message>
    <message>
        <source>In team mode only the engine sends alert emails, with the SMTP password kept on its host.</source>
        <translation>Im Team-Modus sendet nur die Engine Benachrichtigungs-E-Mails; das SMTP-Passwort liegt auf ihrem Host.</translation>
    </message>
    <message>
        <source>Sent to the engine…</source>
        <translation>An die Engine gesendet…</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>kein Zugriff</translation>
    </message>
    <message>
        <source>Your database role may carry out every admin action.</source>
        <translation>Ihre Datenbankrolle darf jede Admin-Aktion ausführen.</translation>
    </message>
    <message>
        <source>Your database role may read everything and change nothing.</source>
        <translation>Ihre Datenbankrolle darf alles lesen und nichts ändern.</translation>
    </message>
    <message>
        <source>Your database role may not read the store.</source>
        <translation>Ihre Datenbankrolle darf den Datenspeicher nicht lesen.</translation>
    </message>
    <message>
        <source>no engine:</source>
        <translation>keine Engine:</translation>
    </message>
    <message>
        <source>engine on %1, silent:</source>
        <translation>Engine auf %1, stumm:</translation>
    </message>
    <message>
        <source>engine on %1:</source>
        <translation>Engine auf %1:</translation>
    </message>
    <message>
        <source>Engine process %1 on %2, started %3.</source>
        <translation>Engine-Prozess %1 auf %2, gestartet %3.</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>Team mode · %1 · %2</source>
        <translation>Team-Modus · %1 · %2</translation>
    </message>
    <message>
        <source>In team mode the engine&apos;s host signs in to the org: run syncdesk-cli connect there.</source>
        <translation>Im Team-Modus meldet sich der Host der Engine bei der Org an: Führen Sie dort syncdesk-cli connect aus.</translation>
    </message>
    <message>
        <source>The engine emailed %1: %2</source>
        <translation>Die Engine hat %1 eine E-Mail gesendet: %2</translation>
    </message>
    <message>
        <source>The engine could not email an API usage alert: %1</source>
        <translation>Die Engine konnte keine Benachrichtigung zur API-Nutzung senden: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ThresholdDialog</name>
    <message>
        <source>Email CRM Sync Alert Contact after your API threshold has been crossed.</source>
        <translation>CRM-Synchronisierungs-Warnkontakt per E-Mail benachrichtigen, nachdem Ihr API-Schwellenwert überschritten wurde.</translation>
    </message>
    <message>
        <source>API Usage Threshold</source>
        <translation>Schwellenwert für API-Nutzung</translation>
    </message>
    <message>
        <source>Email the alert contact when the threshold is crossed</source>
        <translation>Den Warnkontakt per E-Mail benachrichtigen, wenn der Schwellenwert überschritten wird</translation>
    </message>
    <message>
        <source>Threshold in API calls</source>
        <translation>Schwellenwert in API-Aufrufen</translation>
    </message>
    <message>
        <source>No Threshold</source>
        <translation>Kein Schwellenwert</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Aufrufe</translation>
    </message>
    <message>
        <source>CRM Sync Alert Contact email address</source>
        <translation>E-Mail-Adresse des CRM-Synchronisierungs-Warnkontakts</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>A threshold only sends a warning; it never stops API calls.</source>
        <translation>Ein Schwellenwert sendet nur eine Warnung; er stoppt niemals API-Aufrufe.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Schwellenwert:</translation>
    </message>
    <message>
        <source>Alert &amp;contact:</source>
        <translation>Warn&amp;kontakt:</translation>
    </message>
    <message>
        <source>Enter a whole positive number of calls.</source>
        <translation>Geben Sie eine positive ganze Zahl von Aufrufen ein.</translation>
    </message>
    <message>
        <source>The threshold cannot be above the org&apos;s limit of %1 calls.</source>
        <translation>Der Schwellenwert darf nicht über dem Limit der Organisation von %1 Aufrufen liegen.</translation>
    </message>
    <message>
        <source>This is at or close to the org&apos;s limit of %1 calls: a threshold below it, such as %2, leaves time to act before calls fail.</source>
        <translation>Dieser Wert liegt am oder nahe am Limit der Organisation von %1 Aufrufen: Ein niedrigerer Schwellenwert, etwa %2, lässt Zeit zum Handeln, bevor Aufrufe fehlschlagen.</translation>
    </message>
    <message>
        <source>Enter the email address of the CRM Sync Alert Contact.</source>
        <translation>Geben Sie die E-Mail-Adresse des CRM-Synchronisierungs-Warnkontakts ein.</translation>
    </message>
    <message>
        <source>Enter a valid email address, such as name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>The threshold could not be saved: %1</source>
        <translation>Der Schwellenwert konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>change the usage threshold</source>
        <translation>den Nutzungsschwellenwert ändern</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::TrayStatusIcon</name>
    <message>
        <source>SyncDesk</source>
        <translation>SyncDesk</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::UsageChart</name>
    <message>
        <source>API usage chart</source>
        <translation>Diagramm der API-Nutzung</translation>
    </message>
    <message>
        <source>Org total</source>
        <translation>Gesamt der Organisation</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>SyncDesk: activity logging</source>
        <translation>SyncDesk: Aktivitätsprotokollierung</translation>
    </message>
    <message>
        <source>SyncDesk: updates to Salesforce</source>
        <translation>SyncDesk: Aktualisierungen an Salesforce</translation>
    </message>
    <message>
        <source>SyncDesk: polling for changes</source>
        <translation>SyncDesk: Abfrage von Änderungen</translation>
    </message>
    <message>
        <source>SyncDesk: limits checks</source>
        <translation>SyncDesk: Limit-Abfragen</translation>
    </message>
    <message>
        <source>SyncDesk: describe</source>
        <translation>SyncDesk: Describe-Abfragen</translation>
    </message>
    <message>
        <source>Other integrations</source>
        <translation>Andere Integrationen</translation>
    </message>
    <message>
        <source>Calls in the rolling 24 hours, hour by hour</source>
        <translation>Aufrufe im rollierenden 24-Stunden-Fenster, stündlich</translation>
    </message>
    <message>
        <source>Calls per day, the last 7 days</source>
        <translation>Aufrufe pro Tag, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Org total: %1</source>
        <translation>Gesamt der Organisation: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>Der Rest</translation>
    </message>
    <message>
        <source>Others, not in the logs yet</source>
        <translation>Andere, noch nicht in den Protokollen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No figures for %1: SyncDesk was not running and Salesforce&apos;s logs do not cover this time yet.</source>
        <translation>Keine Zahlen für %1: SyncDesk lief nicht, und die Protokolle von Salesforce decken diese Zeit noch nicht ab.</translation>
    </message>
    <message>
        <source>No figures: SyncDesk was not running and Salesforce&apos;s logs do not cover this time yet.</source>
        <translation>Keine Zahlen: SyncDesk lief nicht, und die Protokolle von Salesforce decken diese Zeit noch nicht ab.</translation>
    </message>
</context>
</TS>
