<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AlertEmail</name>
    <message>
        <source>Activity logging</source>
        <translation>Journalisation des activités</translation>
    </message>
    <message>
        <source>Updates sent to Salesforce</source>
        <translation>Mises à jour envoyées à Salesforce</translation>
    </message>
    <message>
        <source>Checking Salesforce for changes</source>
        <translation>Recherche de modifications dans Salesforce</translation>
    </message>
    <message>
        <source>Reading the org&apos;s limits</source>
        <translation>Lecture des limites de l&apos;organisation</translation>
    </message>
    <message>
        <source>Object and field descriptions</source>
        <translation>Descriptions des objets et des champs</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>API usage %1 of %2 (%3 %) crossed your threshold of %4</source>
        <translation>Utilisation de l&apos;API à %1 sur %2 (%3&#xa0;%)&#xa0;: votre seuil de %4 est franchi</translation>
    </message>
    <message>
        <source>API usage %1 of %2 (%3 %) reached %4 % of the daily limit</source>
        <translation>Utilisation de l&apos;API à %1 sur %2 (%3&#xa0;%)&#xa0;: %4&#xa0;% de la limite quotidienne atteints</translation>
    </message>
    <message>
        <source>API usage %1 of %2 (%3 %) is back below your threshold of %4</source>
        <translation>Utilisation de l&apos;API à %1 sur %2 (%3&#xa0;%)&#xa0;: de nouveau sous votre seuil de %4</translation>
    </message>
    <message>
        <source>SyncDesk test email</source>
        <translation>E-mail de test de SyncDesk</translation>
    </message>
    <message>
        <source>Calls used in the last 24 hours</source>
        <translation>Appels utilisés au cours des dernières 24 heures</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Limite quotidienne</translation>
    </message>
    <message>
        <source>Your threshold</source>
        <translation>Votre seuil</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s own calls</source>
        <translation>Appels de SyncDesk</translation>
    </message>
    <message>
        <source>Other integrations and users</source>
        <translation>Autres intégrations et utilisateurs</translation>
    </message>
    <message>
        <source>not enough usage history yet</source>
        <translation>historique d&apos;utilisation encore insuffisant</translation>
    </message>
    <message>
        <source>not within the next 24 hours at the present pace</source>
        <translation>pas dans les prochaines 24 heures au rythme actuel</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Limite atteinte</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Échecs de synchronisation</translation>
    </message>
    <message>
        <source>Failed for want of API calls</source>
        <translation>Échecs faute d&apos;appels d&apos;API</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Raise the sync intervals, so SyncDesk polls and flushes less often.</source>
        <translation>Augmentez les intervalles de synchronisation pour que SyncDesk interroge et envoie moins souvent.</translation>
    </message>
    <message>
        <source>Sync fewer fields or objects in the field configuration.</source>
        <translation>Synchronisez moins de champs ou d&apos;objets dans la configuration des champs.</translation>
    </message>
    <message>
        <source>Buy more API calls for the org in Salesforce.</source>
        <translation>Achetez davantage d&apos;appels d&apos;API pour l&apos;organisation dans Salesforce.</translation>
    </message>
    <message>
        <source>Check which other integrations are spending calls.</source>
        <translation>Vérifiez quelles autres intégrations consomment des appels.</translation>
    </message>
    <message>
        <source>The org&apos;s API usage has fallen back below your threshold.</source>
        <translation>L&apos;utilisation de l&apos;API par l&apos;organisation est repassée sous votre seuil.</translation>
    </message>
    <message>
        <source>The org&apos;s API usage needs your attention.</source>
        <translation>L&apos;utilisation de l&apos;API par l&apos;organisation requiert votre attention.</translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation>Ce que vous pouvez faire&#xa0;:</translation>
    </message>
    <message>
        <source>Sent by SyncDesk.</source>
        <translation>Envoyé par SyncDesk.</translation>
    </message>
    <message>
        <source>This is a test email from SyncDesk. Alerts will reach you at this address.</source>
        <translation>Ceci est un e-mail de test de SyncDesk. Les alertes vous parviendront à cette adresse.</translation>
    </message>
    <message>
        <source>Reading the org&apos;s API usage logs</source>
        <translation>Lecture des journaux d&apos;utilisation de l&apos;API de l&apos;org</translation>
    </message>
    <message>
        <source>Top integrations: not known yet, SyncDesk has read none of Salesforce&apos;s API usage logs of the past week.</source>
        <translation>Principales intégrations : pas encore connues, SyncDesk n&apos;a lu aucun des journaux d&apos;utilisation de l&apos;API de Salesforce de la semaine passée.</translation>
    </message>
    <message>
        <source>Top integrations: not known. %1</source>
        <translation>Principales intégrations : inconnues. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 call(s)</source>
        <comment>integration name, number of calls</comment>
        <translation>
            <numerusform>%1 %2 appel</numerusform>
            <numerusform>%1 %2 appels</numerusform>
        </translation>
    </message>
    <message>
        <source>no calls logged</source>
        <translation>aucun appel journalisé</translation>
    </message>
    <message numerus="yes">
        <source>Top integrations in the last %n hour(s): %1</source>
        <translation>
            <numerusform>Principales intégrations de la dernière heure (%n) : %1</numerusform>
            <numerusform>Principales intégrations des %n dernières heures : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top integrations in the %n hour(s) up to %1, from Salesforce&apos;s logs (published hours late): %2</source>
        <translation>
            <numerusform>Principales intégrations de la %n heure jusqu&apos;à %1, d&apos;après les journaux de Salesforce (publiés avec des heures de retard) : %2</numerusform>
            <numerusform>Principales intégrations des %n heures jusqu&apos;à %1, d&apos;après les journaux de Salesforce (publiés avec des heures de retard) : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Keep SyncDesk&apos;s state (database, engine lock) in &lt;dir&gt; instead of the user&apos;s application data folder.</source>
        <translation>Conserver l&apos;état de SyncDesk (base de données, verrou du moteur) dans &lt;dir&gt; au lieu du dossier de données d&apos;application de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No application data folder is known for this user: give one with --data-dir.</source>
        <translation>Aucun dossier de données d&apos;application n&apos;est connu pour cet utilisateur&#xa0;: indiquez-en un avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Le dossier de données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1: check that its parent exists and that you may write to it.</source>
        <translation>Impossible de créer le dossier de données %1&#xa0;: vérifiez que son dossier parent existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable.</source>
        <translation>Le dossier de données %1 n&apos;est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>environ %n h restante</numerusform>
            <numerusform>environ %n h restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling the Bulk API job: %1 of %Ln record(s) processed</source>
        <translation>
            <numerusform>Annulation de la tâche Bulk API : %1 sur %Ln enregistrement traité</numerusform>
            <numerusform>Annulation de la tâche Bulk API : %1 sur %Ln enregistrements traités</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending records through Bulk API</source>
        <translation>Envoi des enregistrements par Bulk API</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>%Ln enregistrement lu par Bulk API</numerusform>
            <numerusform>%Ln enregistrements lus par Bulk API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>Envoi de %1 sur %Ln enregistrement par Bulk API</numerusform>
            <numerusform>Envoi de %1 sur %Ln enregistrements par Bulk API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>Lecture de %1 sur %Ln enregistrement par Bulk API</numerusform>
            <numerusform>Lecture de %1 sur %Ln enregistrements par Bulk API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln appel</numerusform>
            <numerusform>%Ln appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Starting sandbox org…</source>
        <translation>Démarrage de l&apos;organisation sandbox…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to an org.</source>
        <translation>Aucune org connectée.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connected to %1 at %2</source>
        <translation>Connecté à %1 à l’adresse %2</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>The org has no API calls left; the engine asks again at %1.</source>
        <translation>L’org n’a plus d’appels API ; le moteur redemandera à %1.</translation>
    </message>
    <message>
        <source>The org has no API calls left.</source>
        <translation>L’org n’a plus d’appels API.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) not retried.</source>
        <translation>
            <numerusform>%n échec non relancé.</numerusform>
            <numerusform>%n échecs non relancés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No such failures: nothing to retry.</source>
        <translation>Aucun échec de ce type : rien à relancer.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried.</source>
        <translation>
            <numerusform>%n échec relancé.</numerusform>
            <numerusform>%n échecs relancés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync cycle was started.</source>
        <translation>Un cycle de synchronisation a démarré.</translation>
    </message>
    <message>
        <source>The engine is paused.</source>
        <translation>Le moteur est en pause.</translation>
    </message>
    <message>
        <source>The engine resumed.</source>
        <translation>Le moteur a repris.</translation>
    </message>
    <message>
        <source>No failures were named to dismiss.</source>
        <translation>Aucun échec n’a été désigné pour être écarté.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) dismissed.</source>
        <translation>
            <numerusform>%n échec écarté.</numerusform>
            <numerusform>%n échecs écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine read the configuration again.</source>
        <translation>Le moteur a relu la configuration.</translation>
    </message>
    <message>
        <source>The org&apos;s usage is being read.</source>
        <translation>La consommation de l’org est en cours de lecture.</translation>
    </message>
    <message>
        <source>No Bulk API job is running.</source>
        <translation>Aucune tâche Bulk API n’est en cours.</translation>
    </message>
    <message>
        <source>The Bulk API job is being cancelled.</source>
        <translation>La tâche Bulk API est en cours d’annulation.</translation>
    </message>
    <message>
        <source>This engine does not know the command.</source>
        <translation>Ce moteur ne connaît pas cette commande.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Keep SyncDesk&apos;s state in &lt;url&gt; instead of the data folder&apos;s SQLite file: a file path, sqlite:///path, or postgresql://user@host:port/database?sslmode=verify-full (team mode; the password is read from the keychain).</source>
        <translation>Conserver l’état de SyncDesk dans &lt;url&gt; au lieu du fichier SQLite du dossier de données : un chemin de fichier, sqlite:///chemin ou postgresql://user@host:port/database?sslmode=verify-full (mode équipe ; le mot de passe est lu dans le trousseau).</translation>
    </message>
    <message>
        <source>No database was given: use a file path, sqlite:///path or postgresql://user@host/database.</source>
        <translation>Aucune base de données indiquée : utilisez un chemin de fichier, sqlite:///chemin ou postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>%1 is not a local SQLite file: write sqlite:///absolute/path (three slashes).</source>
        <translation>%1 n’est pas un fichier SQLite local : écrivez sqlite:///chemin/absolu (trois barres obliques).</translation>
    </message>
    <message>
        <source>%1 names no file.</source>
        <translation>%1 ne désigne aucun fichier.</translation>
    </message>
    <message>
        <source>A SQLite database takes no options: %1</source>
        <translation>Une base SQLite n’accepte aucune option : %1</translation>
    </message>
    <message>
        <source>SyncDesk keeps its state in a SQLite file or on a PostgreSQL server; &apos;%1:&apos; is neither (use postgresql:// or sqlite://).</source>
        <translation>SyncDesk conserve son état dans un fichier SQLite ou sur un serveur PostgreSQL ; « %1: » n’est ni l’un ni l’autre (utilisez postgresql:// ou sqlite://).</translation>
    </message>
    <message>
        <source>The database URL is not valid (%1). Expected postgresql://user@host:port/database.</source>
        <translation>L’URL de la base de données n’est pas valide (%1). Attendu : postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password: SyncDesk reads it from the keychain (entry %1). Remove it from the URL, and change it if it was typed in a shell.</source>
        <translation>L’URL de la base de données ne doit pas contenir de mot de passe : SyncDesk le lit dans le trousseau (entrée %1). Retirez-le de l’URL et changez-le s’il a été saisi dans un shell.</translation>
    </message>
    <message>
        <source>The database URL %1 names no server: write postgresql://user@host/database.</source>
        <translation>L’URL de la base de données %1 ne désigne aucun serveur : écrivez postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The database URL %1 names no user: write postgresql://user@host/database.</source>
        <translation>L’URL de la base de données %1 ne désigne aucun utilisateur : écrivez postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The database URL %1 names no database: write postgresql://user@host/database.</source>
        <translation>L’URL de la base de données %1 ne désigne aucune base : écrivez postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The database URL %1 has no valid port.</source>
        <translation>L’URL de la base de données %1 n’a pas de port valide.</translation>
    </message>
    <message>
        <source>The database URL must not contain a password: SyncDesk reads it from the keychain (entry %1).</source>
        <translation>L’URL de la base de données ne doit pas contenir de mot de passe : SyncDesk le lit dans le trousseau (entrée %1).</translation>
    </message>
    <message>
        <source>The database URL has an option SyncDesk does not know: %1 (known: %2).</source>
        <translation>L’URL de la base de données contient une option inconnue de SyncDesk : %1 (connues : %2).</translation>
    </message>
    <message>
        <source>The database option %1 has no usable value.</source>
        <translation>L’option de base de données %1 n’a pas de valeur utilisable.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a PostgreSQL TLS mode (use one of: %2).</source>
        <translation>sslmode=%1 n’est pas un mode TLS de PostgreSQL (utilisez l’un de : %2).</translation>
    </message>
    <message>
        <source>connect_timeout=%1 is not a number of seconds.</source>
        <translation>connect_timeout=%1 n’est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>The database option %1 is given twice.</source>
        <translation>L’option de base de données %1 est indiquée deux fois.</translation>
    </message>
</context>
<context>
    <name>EngineStatusText</name>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused: no API credits</source>
        <translation>En pause&#xa0;: plus d&apos;appels d&apos;API disponibles</translation>
    </message>
    <message>
        <source>Deferred by budget until %1</source>
        <translation>Différé par le budget jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Deferred by budget</source>
        <translation>Différé par le budget</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>Pas de synchronisation</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Dernière synchronisation %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>prochaine %1</translation>
    </message>
    <message>
        <source>Paused: no API credits; next check %1</source>
        <translation>En pause : plus d’appels API ; prochaine vérification %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) %1</source>
        <translation>
            <numerusform>%n modification %1</numerusform>
            <numerusform>%n modifications %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) %1</source>
        <translation>
            <numerusform>%n activité %1</numerusform>
            <numerusform>%n activités %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 held: their services are off</source>
        <translation>%1 et %2 en attente : leurs services sont désactivés</translation>
    </message>
</context>
<context>
    <name>FieldMappingCatalog</name>
    <message>
        <source>People ↔ Lead / Contact</source>
        <translation>Personnes ↔ Piste / Contact</translation>
    </message>
    <message>
        <source>Accounts ↔ Account</source>
        <translation>Entreprises ↔ Compte</translation>
    </message>
    <message>
        <source>Opportunities ↔ Opportunity</source>
        <translation>Opportunités ↔ Opportunité</translation>
    </message>
    <message>
        <source>Activities → Task</source>
        <translation>Activités → Tâche</translation>
    </message>
    <message>
        <source>Salesforce does not let SyncDesk create or update %1.%2: it is read-only.</source>
        <translation>Salesforce ne permet pas à SyncDesk de créer ni de mettre à jour %1.%2&#xa0;: le champ est en lecture seule.</translation>
    </message>
    <message>
        <source>Salesforce does not let SyncDesk update %1.%2 (&quot;updateable&quot;: false).</source>
        <translation>Salesforce ne permet pas à SyncDesk de mettre à jour %1.%2 (&quot;updateable&quot;: false).</translation>
    </message>
    <message>
        <source>Salesforce does not let SyncDesk set %1.%2 on new records (&quot;createable&quot;: false).</source>
        <translation>Salesforce ne permet pas à SyncDesk de renseigner %1.%2 sur les nouveaux enregistrements (&quot;createable&quot;: false).</translation>
    </message>
</context>
<context>
    <name>FieldMappingValidation</name>
    <message>
        <source>Activities are only logged to Salesforce, never read back.</source>
        <translation>Les activités sont seulement consignées dans Salesforce, jamais relues.</translation>
    </message>
    <message>
        <source>A mapping to %1 has no local field.</source>
        <translation>Un mappage vers %1 n&apos;a pas de champ local.</translation>
    </message>
    <message>
        <source>The local field %1 has no Salesforce field.</source>
        <translation>Le champ local %1 n&apos;a pas de champ Salesforce.</translation>
    </message>
    <message>
        <source>%1 and %2 both map to %3: a Salesforce field can hold only one local field.</source>
        <translation>%1 et %2 sont tous deux mappés vers %3&#xa0;: un champ Salesforce ne peut recevoir qu&apos;un seul champ local.</translation>
    </message>
    <message>
        <source>The local field %1 is mapped twice to %2.</source>
        <translation>Le champ local %1 est mappé deux fois vers %2.</translation>
    </message>
    <message>
        <source>%1 is of type %2, which cannot map to a single local field.</source>
        <translation>%1 est de type %2, qui ne peut pas être mappé vers un seul champ local.</translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message>
        <source>No forecast yet: the org has not reported its usage.</source>
        <translation>Pas encore de prévision&#xa0;: l&apos;organisation n&apos;a pas encore communiqué son utilisation.</translation>
    </message>
    <message>
        <source>The present pace stays under the limit.</source>
        <translation>Au rythme actuel, la limite ne sera pas atteinte.</translation>
    </message>
    <message>
        <source>The limit is reached: Salesforce refuses API calls until some roll off.</source>
        <translation>La limite est atteinte&#xa0;: Salesforce refuse les appels d&apos;API jusqu&apos;à ce que d&apos;anciens appels sortent de la fenêtre de 24 heures.</translation>
    </message>
    <message>
        <source>At the present pace the limit is reached at %1.</source>
        <translation>Au rythme actuel, la limite sera atteinte à %1.</translation>
    </message>
    <message>
        <source>At the present pace the limit is reached tomorrow at %1.</source>
        <translation>Au rythme actuel, la limite sera atteinte demain à %1.</translation>
    </message>
    <message>
        <source>SyncDesk made no counted calls in the last 24 hours.</source>
        <translation>SyncDesk n&apos;a effectué aucun appel comptabilisé au cours des dernières 24 heures.</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) roll off in the next hour.</source>
        <translation>
            <numerusform>%Ln appel sort de la fenêtre dans l&apos;heure qui vient.</numerusform>
            <numerusform>%Ln appels sortent de la fenêtre dans l&apos;heure qui vient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity logging call(s)</source>
        <translation>
            <numerusform>%Ln appel d&apos;enregistrement d&apos;activités</numerusform>
            <numerusform>%Ln appels d&apos;enregistrement d&apos;activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s) to Salesforce</source>
        <translation>
            <numerusform>%Ln mise à jour vers Salesforce</numerusform>
            <numerusform>%Ln mises à jour vers Salesforce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) for changes</source>
        <translation>
            <numerusform>%Ln interrogation des modifications</numerusform>
            <numerusform>%Ln interrogations des modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln limits check(s)</source>
        <translation>
            <numerusform>%Ln vérification des limites</numerusform>
            <numerusform>%Ln vérifications des limites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln describe call(s)</source>
        <translation>
            <numerusform>%Ln appel describe</numerusform>
            <numerusform>%Ln appels describe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sign-in(s)</source>
        <translation>
            <numerusform>%Ln connexion</numerusform>
            <numerusform>%Ln connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln usage log read(s)</source>
        <translation>
            <numerusform>%Ln lecture des journaux d&apos;utilisation</numerusform>
            <numerusform>%Ln lectures des journaux d&apos;utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SyncDesk made %Ln call(s) in the last 24 hours: %1.</source>
        <translation>
            <numerusform>SyncDesk a fait %Ln appel au cours des dernières 24 heures : %1.</numerusform>
            <numerusform>SyncDesk a fait %Ln appels au cours des dernières 24 heures : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SyncDesk made %1 of the org&apos;s %Ln call(s) in the last 24 hours (%2 %): %3.</source>
        <translation>
            <numerusform>SyncDesk a fait %1 des %Ln appel de l&apos;org au cours des dernières 24 heures (%2 %) : %3.</numerusform>
            <numerusform>SyncDesk a fait %1 des %Ln appels de l&apos;org au cours des dernières 24 heures (%2 %) : %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundRoute</name>
    <message numerus="yes">
        <source>%Ln row(s) to read, under the Bulk API threshold of %1</source>
        <translation>
            <numerusform>%Ln ligne à lire, sous le seuil Bulk API de %1</numerusform>
            <numerusform>%Ln lignes à lire, sous le seuil Bulk API de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): Bulk API would spend %1 calls, composite %2</source>
        <translation>
            <numerusform>%Ln ligne : Bulk API dépenserait %1 appels, composite %2</numerusform>
            <numerusform>%Ln lignes : Bulk API dépenserait %1 appels, composite %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), about %1 calls instead of %2</source>
        <translation>
            <numerusform>%Ln ligne, environ %1 appels au lieu de %2</numerusform>
            <numerusform>%Ln lignes, environ %1 appels au lieu de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationUsage</name>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>no client name</source>
        <translation>aucun nom de client</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
</context>
<context>
    <name>LoginHost</name>
    <message>
        <source>Enter your org&apos;s My Domain, e.g. acme.my.salesforce.com.</source>
        <translation>Saisissez l&apos;adresse Mon domaine de votre organisation, par exemple acme.my.salesforce.com.</translation>
    </message>
    <message>
        <source>That is not a My Domain address: it should look like https://NAME.my.salesforce.com.</source>
        <translation>Ce n&apos;est pas une adresse Mon domaine&#xa0;: elle doit avoir la forme https://NOM.my.salesforce.com.</translation>
    </message>
    <message>
        <source>The local sandbox org&apos;s address must be http://127.0.0.1:PORT.</source>
        <translation>L&apos;adresse de l&apos;organisation sandbox locale doit être http://127.0.0.1:PORT.</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>SyncDesk has received your sign-in. You can close this tab.</source>
        <translation>SyncDesk a bien reçu votre connexion. Vous pouvez fermer cet onglet.</translation>
    </message>
</context>
<context>
    <name>OutboundRoute</name>
    <message numerus="yes">
        <source>%Ln record(s), under the Bulk API threshold of %1</source>
        <translation>
            <numerusform>%Ln enregistrement, sous le seuil Bulk API de %1</numerusform>
            <numerusform>%Ln enregistrements, sous le seuil Bulk API de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s): Bulk API would spend %1 calls, composite %2</source>
        <translation>
            <numerusform>%Ln enregistrement : Bulk API dépenserait %1 appels, composite %2</numerusform>
            <numerusform>%Ln enregistrements : Bulk API dépenserait %1 appels, composite %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), about %1 calls instead of %2</source>
        <translation>
            <numerusform>%Ln enregistrement, environ %1 appels au lieu de %2</numerusform>
            <numerusform>%Ln enregistrements, environ %1 appels au lieu de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>%1 is not a PostgreSQL database.</source>
        <translation>%1 n’est pas une base PostgreSQL.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install the package libqt6sql6-psql to use %1.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé : installez le paquet libqt6sql6-psql pour utiliser %1.</translation>
    </message>
    <message>
        <source>Could not connect to the SyncDesk database %1: %2</source>
        <translation>Impossible de se connecter à la base SyncDesk %1 : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 is version %2; SyncDesk needs PostgreSQL 13 or newer.</source>
        <translation>Le serveur PostgreSQL de %1 est en version %2 ; SyncDesk nécessite PostgreSQL 13 ou plus récent.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for the password of %2, and the keychain has none under %3. Store it there first: syncdesk-cli --database %1 database-password</source>
        <translation>Le serveur PostgreSQL %1 demande le mot de passe de %2, et le trousseau n’en a aucun sous %3. Enregistrez-le d’abord : syncdesk-cli --database %1 database-password</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the password of %2 (keychain entry %3): %4</source>
        <translation>Le serveur PostgreSQL %1 a refusé le mot de passe de %2 (entrée du trousseau %3) : %4</translation>
    </message>
</context>
<context>
    <name>RoleRefusal</name>
    <message>
        <source>Your database role (%1) may not %2.</source>
        <translation>Votre rôle dans la base (%1) ne permet pas de %2.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keyring refused: %1</source>
        <translation>Le trousseau de clés a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No such entry in the keyring.</source>
        <translation>Aucune entrée de ce nom dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>No keyring is running: start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) so SyncDesk can keep your sign-in safely.</source>
        <translation>Aucun trousseau de clés n&apos;est actif&#xa0;: démarrez celui de votre bureau (par exemple GNOME Keyring ou KWallet) pour que SyncDesk puisse conserver votre connexion en sécurité.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Activity logging</source>
        <translation>Journalisation des activités</translation>
    </message>
    <message>
        <source>held: activity logging is off</source>
        <translation>en attente : la journalisation des activités est désactivée</translation>
    </message>
    <message>
        <source>Updates to Salesforce</source>
        <translation>Mises à jour vers Salesforce</translation>
    </message>
    <message>
        <source>held: updates to Salesforce are off</source>
        <translation>en attente : les mises à jour vers Salesforce sont désactivées</translation>
    </message>
    <message>
        <source>Leads from Salesforce</source>
        <translation>Pistes depuis Salesforce</translation>
    </message>
    <message>
        <source>not read: Leads from Salesforce are off</source>
        <translation>non lues : les pistes depuis Salesforce sont désactivées</translation>
    </message>
    <message>
        <source>Contacts from Salesforce</source>
        <translation>Contacts depuis Salesforce</translation>
    </message>
    <message>
        <source>not read: Contacts from Salesforce are off</source>
        <translation>non lus : les contacts depuis Salesforce sont désactivés</translation>
    </message>
    <message>
        <source>Accounts from Salesforce</source>
        <translation>Comptes depuis Salesforce</translation>
    </message>
    <message>
        <source>not read: Accounts from Salesforce are off</source>
        <translation>non lus : les comptes depuis Salesforce sont désactivés</translation>
    </message>
    <message>
        <source>Opportunities from Salesforce</source>
        <translation>Opportunités depuis Salesforce</translation>
    </message>
    <message>
        <source>not read: Opportunities from Salesforce are off</source>
        <translation>non lues : les opportunités depuis Salesforce sont désactivées</translation>
    </message>
</context>
<context>
    <name>WorkspaceOrg</name>
    <message>
        <source>This workspace syncs with the org %1, and you connected the org %2. Its links, watermarks and failures belong to %1: use another data folder (--data-dir) for %2, or start this workspace over with %2 (syncdesk-cli connect --switch-org).</source>
        <translation>Cet espace de travail se synchronise avec l’org %1, et vous avez connecté l’org %2. Ses liens, filigranes et échecs appartiennent à %1 : utilisez un autre dossier de données (--data-dir) pour %2, ou recommencez cet espace de travail avec %2 (syncdesk-cli connect --switch-org).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a private sandbox org and connect to it.</source>
        <translation>Démarrer une organisation sandbox privée et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Do not simulate other integrations and CRM users in the sandbox org.</source>
        <translation>Ne pas simuler d&apos;autres intégrations ni d&apos;utilisateurs CRM dans l&apos;organisation sandbox.</translation>
    </message>
    <message>
        <source>Desktop console for the admins of a Salesforce sync connector.</source>
        <translation>Console de bureau pour les administrateurs d&apos;un connecteur de synchronisation Salesforce.</translation>
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
        <translation>Aucun contact d&apos;alerte n&apos;est défini.</translation>
    </message>
    <message>
        <source>No recipient was given.</source>
        <translation>Aucun destinataire n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>No SMTP password is saved for %1.</source>
        <translation>Aucun mot de passe SMTP n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>Test email sent.</source>
        <translation>E-mail de test envoyé.</translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertsHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>80 % of limit</source>
        <translation>80&#xa0;% de la limite</translation>
    </message>
    <message>
        <source>90 % of limit</source>
        <translation>90&#xa0;% de la limite</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>Limite atteinte</translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Fin d&apos;alerte</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Not delivered (%n attempt(s)): %1</source>
        <translation>
            <numerusform>Non remis (%n tentative)&#xa0;: %1</numerusform>
            <numerusform>Non remis (%n tentatives)&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertsHistoryView</name>
    <message>
        <source>Alerts history</source>
        <translation>Historique des alertes</translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertsSettingsPage</name>
    <message>
        <source>Alert contact</source>
        <translation>Contact d&apos;alerte</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nom d&apos;utilisateur SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Also at 80 % of the daily limit</source>
        <translation>Également à 80&#xa0;% de la limite quotidienne</translation>
    </message>
    <message>
        <source>Alert at 80 %</source>
        <translation>Alerte à 80&#xa0;%</translation>
    </message>
    <message>
        <source>Also at 90 % of the daily limit</source>
        <translation>Également à 90&#xa0;% de la limite quotidienne</translation>
    </message>
    <message>
        <source>Alert at 90 %</source>
        <translation>Alerte à 90&#xa0;%</translation>
    </message>
    <message>
        <source>Also when the daily limit is reached</source>
        <translation>Également lorsque la limite quotidienne est atteinte</translation>
    </message>
    <message>
        <source>Alert at 100 %</source>
        <translation>Alerte à 100&#xa0;%</translation>
    </message>
    <message>
        <source>Send an all-clear when usage falls back</source>
        <translation>Envoyer une fin d&apos;alerte quand l&apos;utilisation redescend</translation>
    </message>
    <message>
        <source>All-clear email</source>
        <translation>E-mail de fin d&apos;alerte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save alert settings</source>
        <translation>Enregistrer les paramètres d&apos;alerte</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Alert settings status</source>
        <translation>État des paramètres d&apos;alerte</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Alert &amp;contact:</source>
        <translation>&amp;Contact d&apos;alerte&#xa0;:</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sécuri&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Extra alerts</source>
        <translation>Alertes supplémentaires</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau de clés)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the alert contact first.</source>
        <translation>Saisissez d&apos;abord le contact d&apos;alerte.</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Envoi d&apos;un e-mail de test à %1…</translation>
    </message>
    <message>
        <source>Test email sent.</source>
        <translation>E-mail de test envoyé.</translation>
    </message>
    <message>
        <source>The test email failed: %1</source>
        <translation>L&apos;e-mail de test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>change the alert settings</source>
        <translation>modifier les réglages des alertes</translation>
    </message>
</context>
<context>
    <name>syncdesk::ApiUsageLogReader</name>
    <message>
        <source>SyncDesk cannot read the org&apos;s API usage logs: the integration user lacks the &apos;View Event Log Files&apos; permission.</source>
        <translation>SyncDesk ne peut pas lire les journaux d&apos;utilisation de l&apos;API de l&apos;org : l&apos;utilisateur d&apos;intégration n&apos;a pas l&apos;autorisation « View Event Log Files ».</translation>
    </message>
</context>
<context>
    <name>syncdesk::InboundPoll</name>
    <message>
        <source>resuming its Bulk API query job</source>
        <translation>reprend sa tâche de requête Bulk API</translation>
    </message>
</context>
<context>
    <name>syncdesk::OrgSetupText</name>
    <message>
        <source>Create it in Setup &gt; Object Manager &gt; %1 &gt; Fields &amp; Relationships: Text(%2), label &quot;%3&quot;, External ID and Unique, editable by SyncDesk&apos;s user.</source>
        <translation>Créez-le dans Configuration &gt; Gestionnaire d’objets &gt; %1 &gt; Champs et relations : Texte(%2), libellé « %3 », ID externe et Unique, modifiable par l’utilisateur de SyncDesk.</translation>
    </message>
    <message>
        <source>its type is %1, not Text</source>
        <translation>son type est %1, pas Texte</translation>
    </message>
    <message>
        <source>it is not marked External ID</source>
        <translation>il n’est pas marqué ID externe</translation>
    </message>
    <message>
        <source>it is not marked Unique</source>
        <translation>il n’est pas marqué Unique</translation>
    </message>
    <message>
        <source>it holds %1 characters, fewer than %2</source>
        <translation>il contient %1 caractères, moins que %2</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot edit it (field-level security)</source>
        <translation>l’utilisateur de SyncDesk ne peut pas le modifier (sécurité au niveau du champ)</translation>
    </message>
    <message numerus="yes">
        <source>The org is not prepared for SyncDesk: %n problem(s) (see &quot;Preparing the org&quot; in the README, or run syncdesk-cli doctor).</source>
        <translation>
            <numerusform>L’org n’est pas prête pour SyncDesk : %n problème (voir « Preparing the org » dans le README, ou lancez syncdesk-cli doctor).</numerusform>
            <numerusform>L’org n’est pas prête pour SyncDesk : %n problèmes (voir « Preparing the org » dans le README, ou lancez syncdesk-cli doctor).</numerusform>
        </translation>
    </message>
    <message>
        <source>the org did not describe it</source>
        <translation>l’org ne l’a pas décrit</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot access it (%1). Give the user&apos;s profile or a permission set access to %2 records.</source>
        <translation>L’utilisateur de SyncDesk n’y a pas accès (%1). Donnez au profil de l’utilisateur ou à un ensemble d’autorisations l’accès aux enregistrements %2.</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot query %1 records.</source>
        <translation>L’utilisateur de SyncDesk ne peut pas interroger les enregistrements %1.</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot create %1 records.</source>
        <translation>L’utilisateur de SyncDesk ne peut pas créer d’enregistrements %1.</translation>
    </message>
    <message>
        <source>SyncDesk&apos;s user cannot edit %1 records.</source>
        <translation>L’utilisateur de SyncDesk ne peut pas modifier les enregistrements %1.</translation>
    </message>
    <message>
        <source>missing, so SyncDesk cannot upsert %1 records. </source>
        <translation>absent : SyncDesk ne peut donc pas écrire d’enregistrements %1 par upsert. </translation>
    </message>
    <message>
        <source>not usable as SyncDesk&apos;s upsert key: %1. </source>
        <translation>inutilisable comme clé d’upsert de SyncDesk : %1. </translation>
    </message>
    <message>
        <source>mapped (%1) but SyncDesk&apos;s user cannot read it: it does not exist, or field-level security hides it.</source>
        <translation>mappé (%1) mais l’utilisateur de SyncDesk ne peut pas le lire : il n’existe pas, ou la sécurité au niveau du champ le masque.</translation>
    </message>
    <message>
        <source>mapped towards Salesforce (%1) but SyncDesk&apos;s user cannot update it. Grant edit access, or map it from_crm.</source>
        <translation>mappé vers Salesforce (%1) mais l’utilisateur de SyncDesk ne peut pas le mettre à jour. Accordez l’accès en modification, ou mappez-le en from_crm.</translation>
    </message>
    <message>
        <source>mapped towards Salesforce but SyncDesk&apos;s user cannot set it on new records.</source>
        <translation>mappé vers Salesforce mais l’utilisateur de SyncDesk ne peut pas le renseigner sur les nouveaux enregistrements.</translation>
    </message>
    <message>
        <source>activity logging writes it, but SyncDesk&apos;s user cannot see it (field-level security).</source>
        <translation>la journalisation des activités l’écrit, mais l’utilisateur de SyncDesk ne peut pas le voir (sécurité au niveau du champ).</translation>
    </message>
    <message>
        <source>activity logging writes it, but SyncDesk&apos;s user cannot set it on new Tasks.</source>
        <translation>la journalisation des activités l’écrit, mais l’utilisateur de SyncDesk ne peut pas le renseigner sur les nouvelles tâches.</translation>
    </message>
    <message>
        <source>The org refused SyncDesk&apos;s API calls (%1). The org&apos;s edition must include API access (Enterprise, Unlimited, Performance, Developer, or Professional with the API add-on), and SyncDesk&apos;s user needs the &quot;API Enabled&quot; permission.</source>
        <translation>L’org a refusé les appels API de SyncDesk (%1). L’édition de l’org doit inclure l’accès API (Enterprise, Unlimited, Performance, Developer, ou Professional avec l’option API), et l’utilisateur de SyncDesk a besoin de l’autorisation « API activée ».</translation>
    </message>
</context>
<context>
    <name>syncdesk::OrgSignIn</name>
    <message>
        <source>The sign-in was not completed in the browser in time.</source>
        <translation>La connexion n&apos;a pas été terminée à temps dans le navigateur.</translation>
    </message>
    <message>
        <source>Enter the consumer key of the org&apos;s app for SyncDesk.</source>
        <translation>Saisissez la clé client de l&apos;application de l&apos;organisation pour SyncDesk.</translation>
    </message>
    <message>
        <source>SyncDesk could not receive the sign-in on port %1 of this computer: is another program using it?</source>
        <translation>SyncDesk n&apos;a pas pu recevoir la connexion sur le port %1 de cet ordinateur&#xa0;: un autre programme l&apos;utilise-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>The org refused the sign-in: %1</source>
        <translation>L&apos;organisation a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The org refused the sign-in: %1 %2</source>
        <translation>L&apos;organisation a refusé la connexion&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>A sign-in answer arrived that SyncDesk did not ask for (wrong state); it was refused. Please sign in again.</source>
        <translation>Une réponse de connexion que SyncDesk n&apos;avait pas demandée est arrivée (state incorrect)&#xa0;; elle a été refusée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The org granted no refresh token: add the refresh_token scope to its app for SyncDesk, then sign in again.</source>
        <translation>L&apos;organisation n&apos;a accordé aucun jeton d&apos;actualisation&#xa0;: ajoutez la portée refresh_token à son application pour SyncDesk, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>syncdesk::OrgSignOut</name>
    <message>
        <source>The org did not confirm the sign-out: %1</source>
        <translation>L&apos;organisation n&apos;a pas confirmé la déconnexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::OutboundFlush</name>
    <message>
        <source>a Bulk API job left by a restart is resumed</source>
        <translation>une tâche Bulk API laissée par un redémarrage est reprise</translation>
    </message>
</context>
<context>
    <name>syncdesk::SandboxOrgProcess</name>
    <message>
        <source>The sandbox org did not report its address within %1 seconds.%2</source>
        <translation>L&apos;organisation sandbox n&apos;a pas communiqué son adresse dans les %1 secondes.%2</translation>
    </message>
    <message>
        <source>The sandbox org program (%1) was not found next to SyncDesk or on the PATH.</source>
        <translation>Le programme de l&apos;organisation sandbox (%1) n&apos;a été trouvé ni à côté de SyncDesk ni dans le PATH.</translation>
    </message>
    <message>
        <source>The sandbox org printed something other than its address.</source>
        <translation>L&apos;organisation sandbox a affiché autre chose que son adresse.</translation>
    </message>
    <message>
        <source>The sandbox org printed &quot;%1&quot; instead of its address.</source>
        <translation>L&apos;organisation sandbox a affiché «&#xa0;%1&#xa0;» au lieu de son adresse.</translation>
    </message>
    <message>
        <source>The sandbox org crashed.</source>
        <translation>L&apos;organisation sandbox a planté.</translation>
    </message>
    <message>
        <source>The sandbox org exited with code %1.</source>
        <translation>L&apos;organisation sandbox s&apos;est arrêtée avec le code %1.</translation>
    </message>
    <message>
        <source>The sandbox org could not be started: %1</source>
        <translation>L&apos;organisation sandbox n&apos;a pas pu être démarrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::SandboxSignIn</name>
    <message>
        <source>The org&apos;s sign-in page could not be reached: %1</source>
        <translation>La page de connexion de l&apos;organisation est inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The org did not approve the sign-in (HTTP %1 without a redirect).</source>
        <translation>L&apos;organisation n&apos;a pas approuvé la connexion (HTTP %1 sans redirection).</translation>
    </message>
    <message>
        <source>The org refused the sign-in: %1 %2</source>
        <translation>L&apos;organisation a refusé la connexion&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The org&apos;s answer to the sign-in did not carry SyncDesk&apos;s state; it was ignored.</source>
        <translation>La réponse de l&apos;organisation à la connexion ne portait pas le state de SyncDesk&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The org&apos;s answer to the sign-in carried no authorization code.</source>
        <translation>La réponse de l&apos;organisation à la connexion ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The org refused the authorization code: %1</source>
        <translation>L&apos;organisation a refusé le code d&apos;autorisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::SimulatedSalesTeam</name>
    <message>
        <source>Logged by %1 of the simulated sales team.</source>
        <translation>Consigné par %1 de l&apos;équipe commerciale simulée.</translation>
    </message>
    <message>
        <source>%1 logged a call: %2</source>
        <translation>%1 a consigné un appel&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 logged an email: %2</source>
        <translation>%1 a consigné un e-mail&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 set a person&apos;s title to %2</source>
        <translation>%1 a défini le titre d&apos;une personne sur %2</translation>
    </message>
    <message>
        <source>%1 set an account&apos;s industry to %2</source>
        <translation>%1 a défini le secteur d&apos;activité d&apos;une entreprise sur %2</translation>
    </message>
</context>
<context>
    <name>syncdesk::SmtpMailer</name>
    <message>
        <source>The SMTP server or the sender address is not set.</source>
        <translation>Le serveur SMTP ou l&apos;adresse de l&apos;expéditeur n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Could not start the mail client.</source>
        <translation>Impossible de démarrer le client de messagerie.</translation>
    </message>
    <message>
        <source>Sending to %1:%2 failed: %3</source>
        <translation>L&apos;envoi vers %1:%2 a échoué&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>syncdesk::SyncEngine</name>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le stockage local.</translation>
    </message>
    <message>
        <source>Sync is paused.</source>
        <translation>La synchronisation est en pause.</translation>
    </message>
    <message>
        <source>The connector&apos;s call budget is spent; waiting work resumes when calls roll off.</source>
        <translation>Le budget d&apos;appels du connecteur est épuisé&#xa0;; le travail en attente reprendra quand des appels sortiront de la fenêtre de 24 heures.</translation>
    </message>
    <message>
        <source>Salesforce refused the session; sign in again to resume sync.</source>
        <translation>Salesforce a refusé la session&#xa0;; reconnectez-vous pour reprendre la synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent</source>
        <translation>
            <numerusform>%Ln enregistrement envoyé</numerusform>
            <numerusform>%Ln enregistrements envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) logged</source>
        <translation>
            <numerusform>%Ln activité consignée</numerusform>
            <numerusform>%Ln activités consignées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) retried</source>
        <translation>
            <numerusform>%Ln échec retenté</numerusform>
            <numerusform>%Ln échecs retentés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 updated, %3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>%1 créés, %2 mis à jour, %3 supprimés, %n conflit</numerusform>
            <numerusform>%1 créés, %2 mis à jour, %3 supprimés, %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store cannot be written: %1</source>
        <translation>Impossible d’écrire dans le stockage local : %1</translation>
    </message>
    <message>
        <source>The org has no API calls left; sync resumes when a check of the org&apos;s figures finds some.</source>
        <translation>L’org n’a plus d’appels API ; la synchronisation reprend dès qu’une vérification des chiffres de l’org en trouve.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) found before writing</source>
        <translation>
            <numerusform>%Ln conflit trouvé avant l’écriture</numerusform>
            <numerusform>%Ln conflits trouvés avant l’écriture</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not read: %2</source>
        <translation>%1 non lu : %2</translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation>non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Deletion check of %1 linked records: %n deleted in Salesforce without a trace</source>
        <translation>
            <numerusform>Vérification des suppressions de %1 enregistrements liés : %n supprimé dans Salesforce sans trace</numerusform>
            <numerusform>Vérification des suppressions de %1 enregistrements liés : %n supprimés dans Salesforce sans trace</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled, the rest waits for the next flush</source>
        <translation>annulé, le reste attend le prochain envoi</translation>
    </message>
</context>
<context>
    <name>syncdesk::TeamConsoleControl</name>
    <message>
        <source>No engine is running for this database.</source>
        <translation>Aucun moteur ne tourne pour cette base.</translation>
    </message>
    <message>
        <source>No engine has reported since %1.</source>
        <translation>Aucun moteur ne s’est manifesté depuis %1.</translation>
    </message>
    <message>
        <source>The engine could not be asked to %1: %2</source>
        <translation>Impossible de demander au moteur de %1 : %2</translation>
    </message>
    <message>
        <source>start a sync</source>
        <translation>lancer une synchronisation</translation>
    </message>
    <message>
        <source>pause the engine</source>
        <translation>mettre le moteur en pause</translation>
    </message>
    <message>
        <source>resume the engine</source>
        <translation>relancer le moteur</translation>
    </message>
    <message>
        <source>retry sync failures</source>
        <translation>relancer les échecs de synchronisation</translation>
    </message>
    <message>
        <source>dismiss sync failures</source>
        <translation>écarter les échecs de synchronisation</translation>
    </message>
    <message>
        <source>read the configuration again</source>
        <translation>relire la configuration</translation>
    </message>
    <message>
        <source>read the org&apos;s usage</source>
        <translation>lire la consommation de l’org</translation>
    </message>
    <message>
        <source>cancel the Bulk API job</source>
        <translation>annuler la tâche Bulk API</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ApiLimitsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Asks Salesforce for the org&apos;s figures now. This spends one API call (GET /limits).</source>
        <translation>Demande dès maintenant les chiffres de l&apos;organisation à Salesforce. Cela consomme un appel d&apos;API (GET /limits).</translation>
    </message>
    <message>
        <source>Open System &amp;Overview in Salesforce</source>
        <translation>&amp;Ouvrir l&apos;aperçu du système dans Salesforce</translation>
    </message>
    <message>
        <source>Opens the org&apos;s System Overview setup page in the browser.</source>
        <translation>Ouvre la page de configuration «&#xa0;Aperçu du système&#xa0;» de l&apos;organisation dans le navigateur.</translation>
    </message>
    <message>
        <source>Set &amp;threshold…</source>
        <translation>Définir le &amp;seuil…</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>Dernières &amp;24 heures</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>&amp;7 derniers jours</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ApiUsageGroup</name>
    <message>
        <source>Total API Calls Used</source>
        <translation>Total des appels d&apos;API utilisés</translation>
    </message>
    <message>
        <source>API Usage Threshold</source>
        <translation>Seuil d&apos;utilisation de l&apos;API</translation>
    </message>
    <message>
        <source>API calls used of the org&apos;s limit</source>
        <translation>Appels d&apos;API utilisés sur la limite de l&apos;organisation</translation>
    </message>
    <message>
        <source>API calls used of the threshold</source>
        <translation>Appels d&apos;API utilisés par rapport au seuil</translation>
    </message>
    <message>
        <source>Waiting for the org&apos;s first reading…</source>
        <translation>En attente du premier relevé de l&apos;organisation…</translation>
    </message>
    <message>
        <source>&lt; 1</source>
        <translation>&lt; 1</translation>
    </message>
    <message>
        <source>%1 of %2 — %3 %</source>
        <translation>%1 sur %2 — %3&#xa0;%</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Dernière mise à jour %1</translation>
    </message>
    <message>
        <source>No Threshold</source>
        <translation>Aucun seuil</translation>
    </message>
    <message>
        <source>Set a threshold to have the CRM Sync Alert Contact emailed when usage crosses it.</source>
        <translation>Définissez un seuil pour que le contact d&apos;alerte de synchronisation CRM reçoive un e-mail quand l&apos;utilisation le franchit.</translation>
    </message>
    <message>
        <source>Not current: %1</source>
        <translation>Pas à jour&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) left in the rolling 24 hours</source>
        <translation>
            <numerusform>%Ln appel restant sur les 24 heures glissantes</numerusform>
            <numerusform>%Ln appels restants sur les 24 heures glissantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) over the org&apos;s allocation</source>
        <translation>
            <numerusform>%Ln appel au-delà de l&apos;allocation de l&apos;org</numerusform>
            <numerusform>%Ln appels au-delà de l&apos;allocation de l&apos;org</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) left before the threshold</source>
        <translation>
            <numerusform>%Ln appel restant avant le seuil</numerusform>
            <numerusform>%Ln appels restants avant le seuil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The threshold is crossed by %Ln call(s)</source>
        <translation>
            <numerusform>Le seuil est dépassé de %Ln appel</numerusform>
            <numerusform>Le seuil est dépassé de %Ln appels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::BulkProgressStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the Bulk API job: what Salesforce has already processed is kept and recorded, the rest waits for the next sync.</source>
        <translation>Arrêter la tâche Bulk API : ce que Salesforce a déjà traité est conservé et enregistré, le reste attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Cancel the Bulk API job</source>
        <translation>Annuler la tâche Bulk API</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed here later, so it went to Salesforce</source>
        <translation>Modifié ici plus tard, donc envoyé à Salesforce</translation>
    </message>
    <message>
        <source>Changed in Salesforce later, so it replaced the local edit</source>
        <translation>Modifié dans Salesforce plus tard, donc a remplacé la modification locale</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Value that lost</source>
        <translation>Valeur écartée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::CsvImportRunner</name>
    <message>
        <source>Imported %1 people. They go to Salesforce with the next sync.</source>
        <translation>%1 personnes importées. Elles partent vers Salesforce à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Imported %1 accounts. They go to Salesforce with the next sync.</source>
        <translation>%1 comptes importés. Ils partent vers Salesforce à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Imported %1 calls and emails. They are logged as Tasks with the next sync.</source>
        <translation>%1 appels et e-mails importés. Ils sont consignés comme tâches à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has these problems.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier comporte ces problèmes.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…et %1 de plus.</translation>
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
        <translation>Organisation sandbox</translation>
    </message>
    <message>
        <source>Approve SyncDesk in the browser window that opened.</source>
        <translation>Approuvez SyncDesk dans la fenêtre du navigateur qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Signed in, but the connection cannot be saved: %1</source>
        <translation>Connecté, mais la connexion ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The saved sign-in cannot be read from the keychain: %1</source>
        <translation>La connexion enregistrée ne peut pas être lue dans le trousseau de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another SyncDesk engine is already syncing this workspace%1. This window shows its figures but does not sync.</source>
        <translation>Un autre moteur SyncDesk synchronise déjà cet espace de travail%1. Cette fenêtre affiche ses chiffres mais ne synchronise pas.</translation>
    </message>
    <message>
        <source> (process %1)</source>
        <translation> (processus %1)</translation>
    </message>
    <message>
        <source>Emailed to %1</source>
        <translation>Envoyé par e-mail à %1</translation>
    </message>
    <message>
        <source>An API usage alert could not be emailed</source>
        <translation>Une alerte d&apos;utilisation de l&apos;API n&apos;a pas pu être envoyée par e-mail</translation>
    </message>
    <message>
        <source>No org is connected yet: run syncdesk-cli connect on the engine&apos;s host.</source>
        <translation>Aucune org n’est encore connectée : lancez syncdesk-cli connect sur l’hôte du moteur.</translation>
    </message>
    <message>
        <source>The team database cannot be opened: %1</source>
        <translation>Impossible d’ouvrir la base de l’équipe : %1</translation>
    </message>
    <message>
        <source>The database password cannot be kept in the keychain, so the next start will not find it: %1</source>
        <translation>Le mot de passe de la base ne peut pas être gardé dans le trousseau ; le prochain démarrage ne le trouvera donc pas : %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FailureListModel</name>
    <message>
        <source>No API calls left</source>
        <translation>Plus d&apos;appels d&apos;API</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Refused by Salesforce</source>
        <translation>Refusé par Salesforce</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>To Salesforce</source>
        <translation>Vers Salesforce</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Salesforce ID</source>
        <translation>ID Salesforce</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Salesforce code and message</source>
        <translation>Code et message Salesforce</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochaine tentative</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Mappages de champs</translation>
    </message>
    <message>
        <source>&amp;Add mapping</source>
        <translation>&amp;Ajouter un mappage</translation>
    </message>
    <message>
        <source>&amp;Remove mapping</source>
        <translation>&amp;Supprimer le mappage</translation>
    </message>
    <message>
        <source>Sync intervals</source>
        <translation>Intervalles de synchronisation</translation>
    </message>
    <message>
        <source>Send local changes every</source>
        <translation>Envoyer les modifications locales toutes les</translation>
    </message>
    <message>
        <source>Check Salesforce for changes every</source>
        <translation>Rechercher les modifications dans Salesforce toutes les</translation>
    </message>
    <message>
        <source>Send local changes and activities every:</source>
        <translation>Envoyer les modifications locales et les activités toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Check Salesforce for changes every:</source>
        <translation>Rechercher les modifications dans Salesforce toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Estimated API calls per day</source>
        <translation>Appels d&apos;API estimés par jour</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No describe of %1 is cached, so there is no list of its Salesforce fields: existing mappings can still be edited, and field names typed.</source>
        <translation>Aucune description de %1 n&apos;est en cache, la liste de ses champs Salesforce n&apos;est donc pas disponible&#xa0;: les mappages existants restent modifiables et les noms de champs peuvent être saisis.</translation>
    </message>
    <message>
        <source>Salesforce fields are listed from the cached describe (read %1); no API call is spent to show them.</source>
        <translation>Les champs Salesforce proviennent de la description en cache (lue %1)&#xa0;; aucun appel d&apos;API n&apos;est consommé pour les afficher.</translation>
    </message>
    <message>
        <source>Estimated API calls per day: &lt;b&gt;%1&lt;/b&gt; (outbound %2, activities %3, inbound %4) — saved configuration: %5</source>
        <translation>Appels d&apos;API estimés par jour&#xa0;: &lt;b&gt;%1&lt;/b&gt; (sortants %2, activités %3, entrants %4) — configuration enregistrée&#xa0;: %5</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The configuration could not be saved: %1</source>
        <translation>La configuration n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. The sync engine now uses this configuration.</source>
        <translation>Enregistré. Le moteur de synchronisation utilise désormais cette configuration.</translation>
    </message>
    <message>
        <source>S&amp;ervices…</source>
        <translation>S&amp;ervices…</translation>
    </message>
    <message>
        <source>Switch activity logging, updates or objects off to spend fewer calls</source>
        <translation>Désactiver la journalisation des activités, les mises à jour ou des objets pour dépenser moins d’appels</translation>
    </message>
    <message>
        <source>Estimated API calls per day: &lt;b&gt;%1&lt;/b&gt; (outbound %2, activities %3, inbound %4, reading the org&apos;s usage logs %5) — saved configuration: %6</source>
        <translation>Appels API estimés par jour : &lt;b&gt;%1&lt;/b&gt; (sortants %2, activités %3, entrants %4, lecture des journaux d&apos;utilisation de l&apos;org %5) — configuration enregistrée : %6</translation>
    </message>
    <message>
        <source>change the field configuration</source>
        <translation>modifier la configuration des champs</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FieldMappingCrmFieldDelegate</name>
    <message>
        <source>Salesforce field</source>
        <translation>Champ Salesforce</translation>
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
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FieldMappingModel</name>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>To Salesforce</source>
        <translation>Vers Salesforce</translation>
    </message>
    <message>
        <source>From Salesforce</source>
        <translation>Depuis Salesforce</translation>
    </message>
    <message>
        <source>Don&apos;t sync</source>
        <translation>Ne pas synchroniser</translation>
    </message>
    <message>
        <source>%1 is not in the cached describe of %2.</source>
        <translation>%1 ne figure pas dans la description en cache de %2.</translation>
    </message>
    <message>
        <source>Local field</source>
        <translation>Champ local</translation>
    </message>
    <message>
        <source>Salesforce field</source>
        <translation>Champ Salesforce</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Explore with the sandbox org</source>
        <translation>&amp;Explorer avec l&apos;organisation sandbox</translation>
    </message>
    <message>
        <source>&amp;Connect to a Salesforce org</source>
        <translation>&amp;Se connecter à une organisation Salesforce</translation>
    </message>
    <message>
        <source>Welcome to SyncDesk</source>
        <translation>Bienvenue dans SyncDesk</translation>
    </message>
    <message>
        <source>A local org with sample people, accounts and opportunities, other integrations spending calls, and a simulated sales team.</source>
        <translation>Une organisation locale avec des personnes, entreprises et opportunités d&apos;exemple, d&apos;autres intégrations qui consomment des appels et une équipe commerciale simulée.</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Production (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>My Domain</source>
        <translation>Mon domaine</translation>
    </message>
    <message>
        <source>Login host</source>
        <translation>Hôte de connexion</translation>
    </message>
    <message>
        <source>acme.my.salesforce.com</source>
        <translation>acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>Consumer key of the connected app</source>
        <translation>Clé client de l&apos;application connectée</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Log in at:</source>
        <translation>Se connecter sur&#xa0;:</translation>
    </message>
    <message>
        <source>My Domain:</source>
        <translation>Mon domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Clé client&#xa0;:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Enter the consumer key of the connected app your Salesforce admin created for SyncDesk.</source>
        <translation>Saisissez la clé client de l&apos;application connectée que votre administrateur Salesforce a créée pour SyncDesk.</translation>
    </message>
    <message>
        <source>Join a &amp;team database (PostgreSQL URL)</source>
        <translation>Rejoindre une base d’é&amp;quipe (URL PostgreSQL)</translation>
    </message>
    <message>
        <source>SyncDesk is not connected to an org yet. Connect it to your Salesforce org, join your team&apos;s SyncDesk database, or look around first on a sandbox org that runs on this computer and needs no Salesforce account.</source>
        <translation>SyncDesk n’est encore connecté à aucune org. Connectez-le à votre org Salesforce, rejoignez la base SyncDesk de votre équipe, ou faites d’abord le tour sur une org sandbox qui tourne sur cet ordinateur et ne demande aucun compte Salesforce.</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>URL de la base de l’équipe</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Gardé dans le trousseau</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL URL of the team&apos;s database, such as postgresql://ann@db.example/syncdesk.</source>
        <translation>Saisissez l’URL PostgreSQL de la base de l’équipe, par exemple postgresql://ann@db.example/syncdesk.</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::IntegrationUsageGroup</name>
    <message>
        <source>Who used the calls</source>
        <translation>Qui a utilisé les appels</translation>
    </message>
    <message>
        <source>&amp;Services…</source>
        <translation>&amp;Services…</translation>
    </message>
    <message>
        <source>By integration</source>
        <translation>Par intégration</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>Par client</translation>
    </message>
    <message>
        <source>Group the calls</source>
        <translation>Regrouper les appels</translation>
    </message>
    <message>
        <source>Calls per integration</source>
        <translation>Appels par intégration</translation>
    </message>
    <message>
        <source>Switch activity logging, updates or objects off to spend fewer calls</source>
        <translation>Désactiver l&apos;enregistrement des activités, les mises à jour ou des objets pour dépenser moins d&apos;appels</translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs cover none of the last %n hour(s) yet. Each hour&apos;s log arrives 3 to 6 hours after the hour ends.</source>
        <translation>
            <numerusform>Les journaux de Salesforce ne couvrent pas encore la %n dernière heure. Le journal de chaque heure arrive 3 à 6 heures après la fin de l&apos;heure.</numerusform>
            <numerusform>Les journaux de Salesforce ne couvrent encore aucune des %n dernières heures. Le journal de chaque heure arrive 3 à 6 heures après la fin de l&apos;heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs cover %1 of the last %n hour(s).</source>
        <translation>
            <numerusform>Les journaux de Salesforce couvrent %1 de la %n dernière heure.</numerusform>
            <numerusform>Les journaux de Salesforce couvrent %1 des %n dernières heures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares are of the org&apos;s %Ln counted call(s) in those hours.</source>
        <translation>
            <numerusform>Parts du %Ln appel compté de l&apos;org pendant ces heures.</numerusform>
            <numerusform>Parts des %Ln appels comptés de l&apos;org pendant ces heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each hour&apos;s log arrives 3 to 6 hours after the hour ends.</source>
        <translation>Le journal de chaque heure arrive 3 à 6 heures après la fin de l&apos;heure.</translation>
    </message>
    <message numerus="yes">
        <source>Changes compare with the %n hour(s) of the period before that the logs cover.</source>
        <translation>
            <numerusform>Les évolutions comparent avec la %n heure de la période précédente couverte par les journaux.</numerusform>
            <numerusform>Les évolutions comparent avec les %n heures de la période précédente couvertes par les journaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The logs cover only %n hour(s) of the period before: too few to show changes.</source>
        <translation>
            <numerusform>Les journaux ne couvrent que %n heure de la période précédente : trop peu pour montrer des évolutions.</numerusform>
            <numerusform>Les journaux ne couvrent que %n heures de la période précédente : trop peu pour montrer des évolutions.</numerusform>
        </translation>
    </message>
    <message>
        <source>SyncDesk&apos;s own calls appear once the logs cover the hours it ran.</source>
        <translation>Les appels de SyncDesk apparaissent dès que les journaux couvrent les heures où il fonctionnait.</translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs count %Ln call(s) from SyncDesk more than its own records for these hours.</source>
        <translation>
            <numerusform>Les journaux de Salesforce comptent pour ces heures %Ln appel de SyncDesk de plus que ses propres relevés.</numerusform>
            <numerusform>Les journaux de Salesforce comptent pour ces heures %Ln appels de SyncDesk de plus que ses propres relevés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs count %Ln call(s) from SyncDesk fewer than its own records for these hours.</source>
        <translation>
            <numerusform>Les journaux de Salesforce comptent pour ces heures %Ln appel de SyncDesk de moins que ses propres relevés.</numerusform>
            <numerusform>Les journaux de Salesforce comptent pour ces heures %Ln appels de SyncDesk de moins que ses propres relevés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Salesforce admin can add it to the integration user&apos;s permission set (Setup, Permission Sets, System Permissions). SyncDesk asks again once a day; until then the chart shows the other integrations as one block.</source>
        <translation>Un administrateur Salesforce peut l&apos;ajouter à l&apos;ensemble d&apos;autorisations de l&apos;utilisateur d&apos;intégration (Configuration, Ensembles d&apos;autorisations, Autorisations système). SyncDesk redemande une fois par jour ; d&apos;ici là, le graphique montre les autres intégrations en un seul bloc.</translation>
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
        <translation>nouveau</translation>
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
        <translation>Les journaux de Salesforce couvrent trop peu de la période précédente pour comparer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) in the period before</source>
        <translation>
            <numerusform>%Ln appel sur la période précédente</numerusform>
            <numerusform>%Ln appels sur la période précédente</numerusform>
        </translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
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
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send waiting changes and read Salesforce&apos;s changes now</source>
        <translation>Envoyer maintenant les modifications en attente et lire celles de Salesforce</translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>Mettre la synchronisation en &amp;pause</translation>
    </message>
    <message>
        <source>Stop spending API calls until sync is resumed</source>
        <translation>Ne plus consommer d&apos;appels d&apos;API jusqu&apos;à la reprise de la synchronisation</translation>
    </message>
    <message>
        <source>Show SyncDesk</source>
        <translation>Afficher SyncDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>API Limits</source>
        <translation>Limites d&apos;API</translation>
    </message>
    <message>
        <source>Field Configuration</source>
        <translation>Configuration des champs</translation>
    </message>
    <message>
        <source>Sync Failures</source>
        <translation>Échecs de synchronisation</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>SyncDesk — %1</source>
        <translation>SyncDesk — %1</translation>
    </message>
    <message>
        <source>%1 of %2 API calls used</source>
        <translation>%1 appels d&apos;API utilisés sur %2</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>The org refused SyncDesk&apos;s saved sign-in; sync waits for a new one</source>
        <translation>L&apos;org a refusé la connexion enregistrée de SyncDesk&#xa0;; la synchronisation attend une nouvelle connexion</translation>
    </message>
    <message>
        <source>Import &amp;People from CSV…</source>
        <translation>Importer des &amp;personnes depuis un CSV…</translation>
    </message>
    <message>
        <source>Import &amp;Accounts from CSV…</source>
        <translation>Importer des &amp;comptes depuis un CSV…</translation>
    </message>
    <message>
        <source>Import Calls and &amp;Emails from CSV…</source>
        <translation>Importer des appels et &amp;e-mails depuis un CSV…</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ServicesDialog</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>A service switched off spends no API calls. Its work waits, held and never failed, and goes out with the next sync once it is on again.</source>
        <translation>Un service désactivé ne dépense aucun appel d’API. Son travail attend, en attente et jamais en échec, et part avec la prochaine synchronisation dès qu’il est réactivé.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Calls in 24 h</source>
        <translation>Appels en 24 h</translation>
    </message>
    <message>
        <source>Calls per day when on</source>
        <translation>Appels par jour si activé</translation>
    </message>
    <message>
        <source>Held work</source>
        <translation>Travail en attente</translation>
    </message>
    <message>
        <source>* Objects read from Salesforce share each poll call: switching one off saves its further pages, switching all of them off saves the polls.</source>
        <translation>* Les objets lus depuis Salesforce partagent chaque appel d’interrogation : en désactiver un économise ses pages suivantes, tous les désactiver économise les interrogations.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) %1</source>
        <translation>
            <numerusform>%n élément %1</numerusform>
            <numerusform>%n éléments %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The switch could not be saved: %1</source>
        <translation>Le commutateur n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>switch services on or off</source>
        <translation>activer ou désactiver des services</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::SyncFailuresPage</name>
    <message>
        <source>Sync failures</source>
        <translation>Échecs de synchronisation</translation>
    </message>
    <message>
        <source>To Salesforce</source>
        <translation>Vers Salesforce</translation>
    </message>
    <message>
        <source>Refused by Salesforce</source>
        <translation>Refusé par Salesforce</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Retry status</source>
        <translation>État de la nouvelle tentative</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Filter by record, code or message</source>
        <translation>Filtrer par enregistrement, code ou message</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative en cours</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry the selected failures now</source>
        <translation>Réessayer maintenant les échecs sélectionnés</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>&amp;Tout réessayer</translation>
    </message>
    <message>
        <source>Retry every failure now</source>
        <translation>Réessayer maintenant tous les échecs</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Ignorer…</translation>
    </message>
    <message>
        <source>Give up on the selected failures and the changes they hold</source>
        <translation>Abandonner les échecs sélectionnés et les modifications qu&apos;ils contiennent</translation>
    </message>
    <message>
        <source>&amp;Open in Salesforce</source>
        <translation>&amp;Ouvrir dans Salesforce</translation>
    </message>
    <message>
        <source>Open the record in the browser</source>
        <translation>Ouvrir l&apos;enregistrement dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated</source>
        <translation>Copier les lignes sélectionnées, séparées par des tabulations</translation>
    </message>
    <message>
        <source>Dismiss failures</source>
        <translation>Ignorer les échecs</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n failure(s)? The changes they hold will not be sent to Salesforce.</source>
        <translation>
            <numerusform>Ignorer %n échec&#xa0;? Les modifications qu&apos;il contient ne seront pas envoyées à Salesforce.</numerusform>
            <numerusform>Ignorer %n échecs&#xa0;? Les modifications qu&apos;ils contiennent ne seront pas envoyées à Salesforce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>%1 failures</source>
        <translation>%1 échecs</translation>
    </message>
    <message>
        <source>No API calls left; SyncDesk checks the org&apos;s figures again at %1</source>
        <translation>Plus d’appels API ; SyncDesk vérifie à nouveau les chiffres de l’org à %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::SyncLogModel</name>
    <message>
        <source>Send changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>Read changes</source>
        <translation>Lecture des modifications</translation>
    </message>
    <message>
        <source>Log activities</source>
        <translation>Journalisation des activités</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>REST composite</source>
        <translation>REST composite</translation>
    </message>
    <message>
        <source>Bulk API 2.0</source>
        <translation>Bulk API 2.0</translation>
    </message>
    <message>
        <source>REST query</source>
        <translation>requête REST</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An API&apos;s name, then why the run used it (&quot;Bulk API 2.0: 100,000 records, about 9 calls instead of 100&quot;)</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>API and why</source>
        <translation>API et pourquoi</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::SyncLogPage</name>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Log activities</source>
        <translation>Journalisation des activités</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed a field since the last sync, and the later change won</source>
        <translation>Conflits&#xa0;: les deux côtés ont modifié un champ depuis la dernière synchronisation, et la modification la plus récente l&apos;a emporté</translation>
    </message>
    <message>
        <source>Bulk API 2.0: %1 records, about %2 calls instead of %3</source>
        <translation>Bulk API 2.0 : %1 enregistrements, environ %2 appels au lieu de %3</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::TeamModeLabel</name>
    <message>
        <source>The engine carried out the command.</source>
        <translation>Le moteur a exécuté la commande.</translation>
    </message>
    <message>
        <source>The engine declined (asked by %1): %2</source>
        <translation>Le moteur a refusé (demandé par %1) : %2</translation>
    </message>
    <message>
        <source>The engine could not do it (asked by %1): %2</source>
        <translation>Le moteur n’a pas pu le faire (demandé par %1) : %2</translation>
    </message>
    <message>
        <source>Engine (asked by %1): %2</source>
        <translation>Moteur (demandé par %1) : %2</translation>
    </message>
    <message>
        <source>SyncDesk</source>
        <translation>SyncDesk</translation>
    </message>
    <message>
        <source>Your database role (viewer) may read everything but change nothing; an admin&apos;s role is needed for this.</source>
        <translation>Votre rôle dans la base (lecteur) permet de tout lire mais de ne rien modifier ; il faut pour cela un rôle d’administrateur.</translation>
    </message>
    <message>
        <source>In team mode only the engine sends alert emails, with the SMTP password kept on its host.</source>
        <translation>En mode équipe, seul le moteur envoie les e-mails d’alerte, avec le mot de passe SMTP gardé sur son hôte.</translation>
    </message>
    <message>
        <source>Sent to the engine…</source>
        <translation>Envoyé au moteur…</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>aucun accès</translation>
    </message>
    <message>
        <source>Your database role may carry out every admin action.</source>
        <translation>Votre rôle dans la base permet toutes les actions d’administration.</translation>
    </message>
    <message>
        <source>Your database role may read everything and change nothing.</source>
        <translation>Votre rôle dans la base permet de tout lire et de ne rien modifier.</translation>
    </message>
    <message>
        <source>Your database role may not read the store.</source>
        <translation>Votre rôle dans la base ne permet pas de lire les données.</translation>
    </message>
    <message>
        <source>no engine:</source>
        <translation>aucun moteur :</translation>
    </message>
    <message>
        <source>engine on %1, silent:</source>
        <translation>moteur sur %1, muet :</translation>
    </message>
    <message>
        <source>engine on %1:</source>
        <translation>moteur sur %1 :</translation>
    </message>
    <message>
        <source>Engine process %1 on %2, started %3.</source>
        <translation>Processus moteur %1 sur %2, démarré %3.</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Base de l’équipe : %1</translation>
    </message>
    <message>
        <source>Team mode · %1 · %2</source>
        <translation>Mode équipe · %1 · %2</translation>
    </message>
    <message>
        <source>In team mode the engine&apos;s host signs in to the org: run syncdesk-cli connect there.</source>
        <translation>En mode équipe, c’est l’hôte du moteur qui se connecte à l’org : lancez-y syncdesk-cli connect.</translation>
    </message>
    <message>
        <source>The engine emailed %1: %2</source>
        <translation>Le moteur a envoyé un e-mail à %1 : %2</translation>
    </message>
    <message>
        <source>The engine could not email an API usage alert: %1</source>
        <translation>Le moteur n’a pas pu envoyer l’alerte de consommation API : %1</translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ThresholdDialog</name>
    <message>
        <source>Email CRM Sync Alert Contact after your API threshold has been crossed.</source>
        <translation>Envoyer un e-mail au contact d&apos;alerte de synchronisation CRM une fois votre seuil d&apos;API franchi.</translation>
    </message>
    <message>
        <source>API Usage Threshold</source>
        <translation>Seuil d&apos;utilisation de l&apos;API</translation>
    </message>
    <message>
        <source>Email the alert contact when the threshold is crossed</source>
        <translation>Envoyer un e-mail au contact d&apos;alerte lorsque le seuil est franchi</translation>
    </message>
    <message>
        <source>Threshold in API calls</source>
        <translation>Seuil en appels d&apos;API</translation>
    </message>
    <message>
        <source>No Threshold</source>
        <translation>Aucun seuil</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> appels</translation>
    </message>
    <message>
        <source>CRM Sync Alert Contact email address</source>
        <translation>Adresse e-mail du contact d&apos;alerte de synchronisation CRM</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>A threshold only sends a warning; it never stops API calls.</source>
        <translation>Un seuil envoie seulement un avertissement&#xa0;; il n&apos;arrête jamais les appels d&apos;API.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>Alert &amp;contact:</source>
        <translation>&amp;Contact d&apos;alerte&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a whole positive number of calls.</source>
        <translation>Saisissez un nombre entier positif d&apos;appels.</translation>
    </message>
    <message>
        <source>The threshold cannot be above the org&apos;s limit of %1 calls.</source>
        <translation>Le seuil ne peut pas dépasser la limite de l&apos;organisation, soit %1 appels.</translation>
    </message>
    <message>
        <source>This is at or close to the org&apos;s limit of %1 calls: a threshold below it, such as %2, leaves time to act before calls fail.</source>
        <translation>Cette valeur atteint ou frôle la limite de l&apos;organisation, soit %1 appels&#xa0;: un seuil plus bas, par exemple %2, laisse le temps d&apos;agir avant que les appels échouent.</translation>
    </message>
    <message>
        <source>Enter the email address of the CRM Sync Alert Contact.</source>
        <translation>Saisissez l&apos;adresse e-mail du contact d&apos;alerte de synchronisation CRM.</translation>
    </message>
    <message>
        <source>Enter a valid email address, such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple name@example.com.</translation>
    </message>
    <message>
        <source>The threshold could not be saved: %1</source>
        <translation>Le seuil n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>change the usage threshold</source>
        <translation>modifier le seuil de consommation</translation>
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
        <translation>Graphique d&apos;utilisation de l&apos;API</translation>
    </message>
    <message>
        <source>Org total</source>
        <translation>Total de l&apos;organisation</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>SyncDesk: activity logging</source>
        <translation>SyncDesk&#xa0;: journalisation des activités</translation>
    </message>
    <message>
        <source>SyncDesk: updates to Salesforce</source>
        <translation>SyncDesk&#xa0;: mises à jour vers Salesforce</translation>
    </message>
    <message>
        <source>SyncDesk: polling for changes</source>
        <translation>SyncDesk&#xa0;: recherche de modifications</translation>
    </message>
    <message>
        <source>SyncDesk: limits checks</source>
        <translation>SyncDesk&#xa0;: vérifications des limites</translation>
    </message>
    <message>
        <source>SyncDesk: describe</source>
        <translation>SyncDesk&#xa0;: appels describe</translation>
    </message>
    <message>
        <source>Other integrations</source>
        <translation>Autres intégrations</translation>
    </message>
    <message>
        <source>Calls in the rolling 24 hours, hour by hour</source>
        <translation>Appels sur les 24 heures glissantes, heure par heure</translation>
    </message>
    <message>
        <source>Calls per day, the last 7 days</source>
        <translation>Appels par jour, 7 derniers jours</translation>
    </message>
    <message>
        <source>Org total: %1</source>
        <translation>Total de l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>Le reste</translation>
    </message>
    <message>
        <source>Others, not in the logs yet</source>
        <translation>Autres, pas encore dans les journaux</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No figures for %1: SyncDesk was not running and Salesforce&apos;s logs do not cover this time yet.</source>
        <translation>Aucun chiffre pour %1 : SyncDesk ne fonctionnait pas et les journaux de Salesforce ne couvrent pas encore cette période.</translation>
    </message>
    <message>
        <source>No figures: SyncDesk was not running and Salesforce&apos;s logs do not cover this time yet.</source>
        <translation>Aucun chiffre : SyncDesk ne fonctionnait pas et les journaux de Salesforce ne couvrent pas encore cette période.</translation>
    </message>
</context>
</TS>
