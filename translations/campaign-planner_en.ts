<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityConflictModel</name>
    <message numerus="yes">
        <source>%n figures</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n evidence file(s) present and matching their checksums</source>
        <translation>
            <numerusform>%n evidence file present and matching its checksum</numerusform>
            <numerusform>%n evidence files present and matching their checksums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) (%1) no longer attached; the program removes them when it next closes this file</source>
        <translation>
            <numerusform>%n stored file (%1) no longer attached; the program removes it when it next closes this file</numerusform>
            <numerusform>%n stored files (%1) no longer attached; the program removes them when it next closes this file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Table: %1 (%2 of %n)</source>
        <translation>
            <numerusform>Table: %1 (%2 of %n)</numerusform>
            <numerusform>Table: %1 (%2 of %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities were imported without dates (their date text could not be read)</source>
        <translation>
            <numerusform>%n activity was imported without dates (its date text could not be read)</numerusform>
            <numerusform>%n activities were imported without dates (their date text could not be read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n activities of %2; demo fills only an empty unit</source>
        <translation>
            <numerusform>%1 already holds %n activity of %2; demo fills only an empty unit</numerusform>
            <numerusform>%1 already holds %n activities of %2; demo fills only an empty unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activities into %1 (%2)</source>
        <translation>
            <numerusform>Wrote %n activity into %1 (%2)</numerusform>
            <numerusform>Wrote %n activities into %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentListModel</name>
    <message numerus="yes">
        <source>Delete the department “%1”? %n activity(s) in this file name it as lead or assisting department and will lose it. Archiving keeps it on old activities instead.</source>
        <translation>
            <numerusform>Delete the department “%1”? %n activity in this file names it as lead or assisting department and will lose it. Archiving keeps it on old activities instead.</numerusform>
            <numerusform>Delete the department “%1”? %n activities in this file name it as lead or assisting department and will lose it. Archiving keeps it on old activities instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message numerus="yes">
        <source>Attach %n File(s)</source>
        <translation>
            <numerusform>Attach %n File</numerusform>
            <numerusform>Attach %n Files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Evidence File(s)</source>
        <translation>
            <numerusform>Remove %n Evidence File</numerusform>
            <numerusform>Remove %n Evidence Files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n rows, all ready</source>
        <translation>
            <numerusform>%n row, ready</numerusform>
            <numerusform>%n rows, all ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows: %1 ready, %2 need a look</source>
        <translation>
            <numerusform>%n row: %1 ready, %2 needs a look</numerusform>
            <numerusform>%n rows: %1 ready, %2 need a look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%n rows)</source>
        <translation>
            <numerusform>%1 → %2 (%n row)</numerusform>
            <numerusform>%1 → %2 (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the plan</source>
        <translation>
            <numerusform>%n already in the plan</numerusform>
            <numerusform>%n already in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities imported</source>
        <translation>
            <numerusform>%1: %n activity imported</numerusform>
            <numerusform>%1: %n activities imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%n evidence file(s) missing from %1: %2</source>
        <translation>
            <numerusform>%n evidence file missing from %1: %2</numerusform>
            <numerusform>%n evidence files missing from %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) in %1 no longer match their checksum: %2</source>
        <translation>
            <numerusform>%n evidence file in %1 no longer matches its checksum: %2</numerusform>
            <numerusform>%n evidence files in %1 no longer match their checksums: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message numerus="yes">
        <source>Summary was due %n day(s) ago</source>
        <translation>
            <numerusform>Summary was due %n day ago</numerusform>
            <numerusform>Summary was due %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary due in %n day(s)</source>
        <translation>
            <numerusform>Summary due in %n day</numerusform>
            <numerusform>Summary due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n not started</numerusform>
            <numerusform>%n not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n due within 7 days</numerusform>
            <numerusform>%n due within 7 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricListModel</name>
    <message numerus="yes">
        <source>Delete the metric “%1”? The figures of %n activity(s) for it will be deleted too.</source>
        <translation>
            <numerusform>Delete the metric “%1”? The figures of %n activity for it will be deleted too.</numerusform>
            <numerusform>Delete the metric “%1”? The figures of %n activities for it will be deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message numerus="yes">
        <source>The package holds the summary (PDF and XLSX), the plan and %n chosen evidence file(s) (%1), in folders per pillar and activity, with a manifest of checksums.</source>
        <translation>
            <numerusform>The package holds the summary (PDF and XLSX), the plan and %n chosen evidence file (%1), in folders per pillar and activity, with a manifest of checksums.</numerusform>
            <numerusform>The package holds the summary (PDF and XLSX), the plan and %n chosen evidence files (%1), in folders per pillar and activity, with a manifest of checksums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities imported</source>
        <translation>
            <numerusform>%1: %n activity imported</numerusform>
            <numerusform>%1: %n activities imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PillarListModel</name>
    <message numerus="yes">
        <source>Delete the pillar “%1”? %n activity(s) are filed under it and will have no pillar.</source>
        <translation>
            <numerusform>Delete the pillar “%1”? %n activity is filed under it and will have no pillar.</numerusform>
            <numerusform>Delete the pillar “%1”? %n activities are filed under it and will have no pillar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanImportEditor</name>
    <message numerus="yes">
        <source>Import %n activities</source>
        <translation>
            <numerusform>Import %n activity</numerusform>
            <numerusform>Import %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedWindow</name>
    <message numerus="yes">
        <source>%n activities changed by others on the server</source>
        <translation>
            <numerusform>%n activity changed by others on the server</numerusform>
            <numerusform>%n activities changed by others on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to the shared server again; %n activities changed by others meanwhile</source>
        <translation>
            <numerusform>Connected to the shared server again; %n activity changed by others meanwhile</numerusform>
            <numerusform>Connected to the shared server again; %n activities changed by others meanwhile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
