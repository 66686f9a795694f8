<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>PillarListModel</name>
    <message numerus="yes">
        <source>Delete the pillar “%1”? %n activity(s) are filed under it and will have no pillar.</source>
        <translation>
            <numerusform>Delete the pillar “%1”? %n activity is filed under it and will have no pillar.</numerusform>
            <numerusform>Delete the pillar “%1”? %n activities are filed under it and will have no pillar.</numerusform>
        </translation>
    </message>
</context>
</TS>
