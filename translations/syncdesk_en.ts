<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EngineStatusText</name>
    <message numerus="yes">
        <source>%n change(s) %1</source>
        <translation>
            <numerusform>%n change %1</numerusform>
            <numerusform>%n changes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) %1</source>
        <translation>
            <numerusform>%n activity %1</numerusform>
            <numerusform>%n activities %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::AlertsHistoryModel</name>
    <message numerus="yes">
        <source>Not delivered (%n attempt(s)): %1</source>
        <translation>
            <numerusform>Not delivered (%n attempt): %1</numerusform>
            <numerusform>Not delivered (%n attempts): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::OrgSetupText</name>
    <message numerus="yes">
        <source>The org is not prepared for SyncDesk: %n problem(s) (see &quot;Preparing the org&quot; in the README, or run syncdesk-cli doctor).</source>
        <translation>
            <numerusform>The org is not prepared for SyncDesk: %n problem (see &quot;Preparing the org&quot; in the README, or run syncdesk-cli doctor).</numerusform>
            <numerusform>The org is not prepared for SyncDesk: %n problems (see &quot;Preparing the org&quot; in the README, or run syncdesk-cli doctor).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n record sent</numerusform>
            <numerusform>%n records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) logged</source>
        <translation>
            <numerusform>%n activity logged</numerusform>
            <numerusform>%n activities logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 created, %2 updated, %3 deleted, %n conflict(s)</source>
        <translation>
            <numerusform>%1 created, %2 updated, %3 deleted, %n conflict</numerusform>
            <numerusform>%1 created, %2 updated, %3 deleted, %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried</source>
        <translation>
            <numerusform>%n failure retried</numerusform>
            <numerusform>%n failures retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) found before writing</source>
        <translation>
            <numerusform>%n conflict found before writing</numerusform>
            <numerusform>%n conflicts found before writing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletion check of %1 linked records: %n deleted in Salesforce without a trace</source>
        <translation>
            <numerusform>Deletion check of %1 linked records: %n deleted in Salesforce without a trace</numerusform>
            <numerusform>Deletion check of %1 linked records: %n deleted in Salesforce without a trace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::ServicesDialog</name>
    <message numerus="yes">
        <source>%n item(s) %1</source>
        <translation>
            <numerusform>%n item %1</numerusform>
            <numerusform>%n items %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::SyncFailuresPage</name>
    <message numerus="yes">
        <source>Dismiss %n failure(s)? The changes they hold will not be sent to Salesforce.</source>
        <translation>
            <numerusform>Dismiss %n failure? The changes they hold will not be sent to Salesforce.</numerusform>
            <numerusform>Dismiss %n failures? The changes they hold will not be sent to Salesforce.</numerusform>
        </translation>
    </message>
</context>
</TS>
