<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertEmail</name>
    <message numerus="yes">
        <source>%1 %2 call(s)</source>
        <comment>integration name, number of calls</comment>
        <translation>
            <numerusform>%1 %2 call</numerusform>
            <numerusform>%1 %2 calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top integrations in the last %n hour(s): %1</source>
        <translation>
            <numerusform>Top integrations in the last %n hour: %1</numerusform>
            <numerusform>Top integrations in the last %n hours: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top integrations in the %n hour(s) up to %1, from Salesforce&apos;s logs (published hours late): %2</source>
        <translation>
            <numerusform>Top integrations in the %n hour up to %1, from Salesforce&apos;s logs (published hours late): %2</numerusform>
            <numerusform>Top integrations in the %n hours up to %1, from Salesforce&apos;s logs (published hours late): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling the Bulk API job: %1 of %Ln record(s) processed</source>
        <translation>
            <numerusform>Cancelling the Bulk API job: %1 of %Ln record processed</numerusform>
            <numerusform>Cancelling the Bulk API job: %1 of %Ln records processed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>Reading %Ln record through Bulk API</numerusform>
            <numerusform>Reading %Ln records through Bulk API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>Sending %1 of %Ln record through Bulk API</numerusform>
            <numerusform>Sending %1 of %Ln records through Bulk API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %Ln record(s) through Bulk API</source>
        <translation>
            <numerusform>Reading %1 of %Ln record through Bulk API</numerusform>
            <numerusform>Reading %1 of %Ln records through Bulk API</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message numerus="yes">
        <source>%n failure(s) not retried.</source>
        <translation>
            <numerusform>%n failure not retried.</numerusform>
            <numerusform>%n failures not retried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) retried.</source>
        <translation>
            <numerusform>%n failure retried.</numerusform>
            <numerusform>%n failures retried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) dismissed.</source>
        <translation>
            <numerusform>%n failure dismissed.</numerusform>
            <numerusform>%n failures dismissed.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ForecastText</name>
    <message numerus="yes">
        <source>%Ln call(s) roll off in the next hour.</source>
        <translation>
            <numerusform>%Ln call rolls off in the next hour.</numerusform>
            <numerusform>%Ln calls roll off in the next hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity logging call(s)</source>
        <translation>
            <numerusform>%Ln activity logging call</numerusform>
            <numerusform>%Ln activity logging calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln update(s) to Salesforce</source>
        <translation>
            <numerusform>%Ln update to Salesforce</numerusform>
            <numerusform>%Ln updates to Salesforce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) for changes</source>
        <translation>
            <numerusform>%Ln poll for changes</numerusform>
            <numerusform>%Ln polls for changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln limits check(s)</source>
        <translation>
            <numerusform>%Ln limits check</numerusform>
            <numerusform>%Ln limits checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln describe call(s)</source>
        <translation>
            <numerusform>%Ln describe call</numerusform>
            <numerusform>%Ln describe calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sign-in(s)</source>
        <translation>
            <numerusform>%Ln sign-in</numerusform>
            <numerusform>%Ln sign-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln usage log read(s)</source>
        <translation>
            <numerusform>%Ln usage log read</numerusform>
            <numerusform>%Ln usage log reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SyncDesk made %Ln call(s) in the last 24 hours: %1.</source>
        <translation>
            <numerusform>SyncDesk made %Ln call in the last 24 hours: %1.</numerusform>
            <numerusform>SyncDesk made %Ln calls in the last 24 hours: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SyncDesk made %1 of the org&apos;s %Ln call(s) in the last 24 hours (%2 %): %3.</source>
        <translation>
            <numerusform>SyncDesk made %1 of the org&apos;s %Ln call in the last 24 hours (%2 %): %3.</numerusform>
            <numerusform>SyncDesk made %1 of the org&apos;s %Ln calls in the last 24 hours (%2 %): %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboundRoute</name>
    <message numerus="yes">
        <source>%Ln row(s) to read, under the Bulk API threshold of %1</source>
        <translation>
            <numerusform>%Ln row to read, under the Bulk API threshold of %1</numerusform>
            <numerusform>%Ln rows to read, under the Bulk API threshold of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s): Bulk API would spend %1 calls, composite %2</source>
        <translation>
            <numerusform>%Ln row: Bulk API would spend %1 calls, composite %2</numerusform>
            <numerusform>%Ln rows: Bulk API would spend %1 calls, composite %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), about %1 calls instead of %2</source>
        <translation>
            <numerusform>%Ln row, about %1 calls instead of %2</numerusform>
            <numerusform>%Ln rows, about %1 calls instead of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboundRoute</name>
    <message numerus="yes">
        <source>%Ln record(s), under the Bulk API threshold of %1</source>
        <translation>
            <numerusform>%Ln record, under the Bulk API threshold of %1</numerusform>
            <numerusform>%Ln records, under the Bulk API threshold of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s): Bulk API would spend %1 calls, composite %2</source>
        <translation>
            <numerusform>%Ln record: Bulk API would spend %1 calls, composite %2</numerusform>
            <numerusform>%Ln records: Bulk API would spend %1 calls, composite %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), about %1 calls instead of %2</source>
        <translation>
            <numerusform>%Ln record, about %1 calls instead of %2</numerusform>
            <numerusform>%Ln records, about %1 calls instead of %2</numerusform>
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
        <source>%Ln record(s) sent</source>
        <translation>
            <numerusform>%Ln record sent</numerusform>
            <numerusform>%Ln records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) logged</source>
        <translation>
            <numerusform>%Ln activity logged</numerusform>
            <numerusform>%Ln activities logged</numerusform>
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
        <source>%Ln failure(s) retried</source>
        <translation>
            <numerusform>%Ln failure retried</numerusform>
            <numerusform>%Ln failures retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) found before writing</source>
        <translation>
            <numerusform>%Ln conflict found before writing</numerusform>
            <numerusform>%Ln conflicts found before writing</numerusform>
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
    <name>syncdesk::ui::ApiUsageGroup</name>
    <message numerus="yes">
        <source>%Ln call(s) left in the rolling 24 hours</source>
        <translation>
            <numerusform>%Ln call left in the rolling 24 hours</numerusform>
            <numerusform>%Ln calls left in the rolling 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) over the org&apos;s allocation</source>
        <translation>
            <numerusform>%Ln call over the org&apos;s allocation</numerusform>
            <numerusform>%Ln calls over the org&apos;s allocation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) left before the threshold</source>
        <translation>
            <numerusform>%Ln call left before the threshold</numerusform>
            <numerusform>%Ln calls left before the threshold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The threshold is crossed by %Ln call(s)</source>
        <translation>
            <numerusform>The threshold is crossed by %Ln call</numerusform>
            <numerusform>The threshold is crossed by %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::IntegrationUsageGroup</name>
    <message numerus="yes">
        <source>Salesforce&apos;s logs cover none of the last %n hour(s) yet. Each hour&apos;s log arrives 3 to 6 hours after the hour ends.</source>
        <translation>
            <numerusform>Salesforce&apos;s logs do not cover the last %n hour yet. Each hour&apos;s log arrives 3 to 6 hours after the hour ends.</numerusform>
            <numerusform>Salesforce&apos;s logs cover none of the last %n hours yet. Each hour&apos;s log arrives 3 to 6 hours after the hour ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs cover %1 of the last %n hour(s).</source>
        <translation>
            <numerusform>Salesforce&apos;s logs cover %1 of the last %n hour.</numerusform>
            <numerusform>Salesforce&apos;s logs cover %1 of the last %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares are of the org&apos;s %Ln counted call(s) in those hours.</source>
        <translation>
            <numerusform>Shares are of the org&apos;s %Ln counted call in those hours.</numerusform>
            <numerusform>Shares are of the org&apos;s %Ln counted calls in those hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes compare with the %n hour(s) of the period before that the logs cover.</source>
        <translation>
            <numerusform>Changes compare with the %n hour of the period before that the logs cover.</numerusform>
            <numerusform>Changes compare with the %n hours of the period before that the logs cover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The logs cover only %n hour(s) of the period before: too few to show changes.</source>
        <translation>
            <numerusform>The logs cover only %n hour of the period before: too few to show changes.</numerusform>
            <numerusform>The logs cover only %n hours of the period before: too few to show changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs count %Ln call(s) from SyncDesk more than its own records for these hours.</source>
        <translation>
            <numerusform>Salesforce&apos;s logs count %Ln call from SyncDesk more than its own records for these hours.</numerusform>
            <numerusform>Salesforce&apos;s logs count %Ln calls from SyncDesk more than its own records for these hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Salesforce&apos;s logs count %Ln call(s) from SyncDesk fewer than its own records for these hours.</source>
        <translation>
            <numerusform>Salesforce&apos;s logs count %Ln call from SyncDesk fewer than its own records for these hours.</numerusform>
            <numerusform>Salesforce&apos;s logs count %Ln calls from SyncDesk fewer than its own records for these hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncdesk::ui::IntegrationUsageModel</name>
    <message numerus="yes">
        <source>%Ln call(s) in the period before</source>
        <translation>
            <numerusform>%Ln call in the period before</numerusform>
            <numerusform>%Ln calls in the period before</numerusform>
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
