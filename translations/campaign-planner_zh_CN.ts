<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add an activity to the plan</source>
        <translation>在活动计划中添加一项活动</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Set lead department</source>
        <translation>设置牵头部门</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>Delete the activity &quot;%1&quot;?</source>
        <translation>确定删除活动“%1”吗？</translation>
    </message>
    <message>
        <source>Delete %1 activities?</source>
        <translation>确定删除 %1 项活动吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>可通过“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
        <source>Bulletins…</source>
        <translation>工作动态…</translation>
    </message>
    <message>
        <source>The news bulletins of the selected completed activities, one per page</source>
        <translation>所选已完成活动的工作动态，每篇一页</translation>
    </message>
    <message>
        <source>None of the selected activities is completed: bulletins are drafted for completed activities.</source>
        <translation>所选活动均未完成：工作动态只为已完成的活动撰写。</translation>
    </message>
    <message>
        <source>%1 bulletins</source>
        <translation>%1工作动态</translation>
    </message>
</context>
<context>
    <name>ActivityConflictModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n figures</source>
        <translation>
            <numerusform>%n 项统计数据</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole activity</source>
        <translation>整项活动</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>活动板块</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>活动说明</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Kept, as you changed it</source>
        <translation>按您的修改保留</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Theirs (on the server)</source>
        <translation>对方的（服务器上）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
</context>
<context>
    <name>ActivityDelegate</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ActivityDetailPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pillar:</source>
        <translation>活动板块：</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>活动内容：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>活动说明：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>起止日期：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Lead department:</source>
        <translation>牵头部门：</translation>
    </message>
    <message>
        <source>Assisting:</source>
        <translation>协助部门：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Figures (target and actual):</source>
        <translation>统计数据（目标与实际）：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Select an activity to see all its fields.</source>
        <translation>选择一项活动以查看其全部信息。</translation>
    </message>
    <message>
        <source>Change history:</source>
        <translation>修改记录：</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>修改未保存：%1</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <source>Set Status to %1</source>
        <translation>将状态设为%1</translation>
    </message>
    <message>
        <source>Set Lead Department to %1</source>
        <translation>将牵头部门设为%1</translation>
    </message>
    <message>
        <source>Edit Title</source>
        <translation>修改活动内容</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Edit Figures</source>
        <translation>修改统计数据</translation>
    </message>
    <message>
        <source>Edit Activity</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>Duplicate Activity</source>
        <translation>复制活动</translation>
    </message>
    <message>
        <source>Duplicate %1 Activities</source>
        <translation>复制 %1 项活动</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete %1 Activities</source>
        <translation>删除 %1 项活动</translation>
    </message>
</context>
<context>
    <name>ActivityFiguresEditor</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>approx.</source>
        <translation>约</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Approximate (&quot;余&quot;): at least this many</source>
        <translation>约数（“余”）：不少于此数</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <source>Overdue only</source>
        <translation>仅显示已逾期</translation>
    </message>
    <message>
        <source>Group by pillar</source>
        <translation>按活动板块分组</translation>
    </message>
    <message>
        <source>Search title, description, location, person…</source>
        <translation>搜索活动内容、说明、地点、负责人…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Activities that run on or after this day</source>
        <translation>在此日期当天或之后进行的活动</translation>
    </message>
    <message>
        <source>Activities that run on or before this day</source>
        <translation>在此日期当天或之前进行的活动</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>活动年度：</translation>
    </message>
    <message>
        <source>Pillar:</source>
        <translation>活动板块：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>全部活动板块</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>ActivityHistoryModel</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1：增加 %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1：去掉 %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>活动板块</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>活动说明</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>(removed figure)</source>
        <translation>（已删除的指标）</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1（目标）</translation>
    </message>
    <message>
        <source>%1 (actual)</source>
        <translation>%1（实际）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(removed department)</source>
        <translation>（已删除的部门）</translation>
    </message>
    <message>
        <source>(removed pillar)</source>
        <translation>（已删除的板块）</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1余</translation>
    </message>
</context>
<context>
    <name>ActivityLoader</name>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <source>The file changed while its activities were read. Open it again.</source>
        <translation>读取活动期间文件发生了变化，请重新打开。</translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>The activity no longer exists in this file.</source>
        <translation>此文件中已没有该活动。</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ActivityStore</name>
    <message>
        <source>Someone else deleted this activity on the server meanwhile; nothing was changed.</source>
        <translation>其他人已在服务器上删除了这项活动，您的修改未保存。</translation>
    </message>
    <message>
        <source>Someone else changed this on the server meanwhile; nothing was changed.</source>
        <translation>其他人已在服务器上修改了这项内容，您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Assisting departments</source>
        <translation>协助部门</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Give a start and an end date.</source>
        <translation>请填写开始日期和结束日期。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid value.</source>
        <translation>%1：“%2”不是有效的值。</translation>
    </message>
    <message>
        <source>Completed, but no photo is attached as evidence.</source>
        <translation>已完成，但尚未上传照片作为佐证材料。</translation>
    </message>
</context>
<context>
    <name>ActivityValidator</name>
    <message>
        <source>The activity needs a title (活动内容).</source>
        <translation>请填写活动内容。</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>进度必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The lead department cannot also be an assisting department.</source>
        <translation>牵头部门不能同时作为协助部门。</translation>
    </message>
    <message>
        <source>Figures cannot be negative.</source>
        <translation>统计数据不能为负数。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Activity plan</source>
        <translation>活动计划</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>宣传物料</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>总结报告</translation>
    </message>
    <message>
        <source>Open Campaign File</source>
        <translation>打开活动文件</translation>
    </message>
    <message>
        <source>The file could not be opened; the current file stays open.

%1</source>
        <translation>无法打开该文件，当前文件保持打开。

%1</translation>
    </message>
    <message>
        <source>New Campaign File</source>
        <translation>新建活动文件</translation>
    </message>
    <message>
        <source>The file could not be created; the current file stays open.

%1</source>
        <translation>无法创建该文件，当前文件保持打开。

%1</translation>
    </message>
    <message>
        <source>Campaign Planner</source>
        <translation>质量月活动管理</translation>
    </message>
    <message>
        <source>The campaign file could not be opened.

%1

Use File &gt; Open or File &gt; New to continue.</source>
        <translation>无法打开活动文件。

%1

请通过“文件 &gt; 打开”或“文件 &gt; 新建”继续。</translation>
    </message>
    <message>
        <source>Report package</source>
        <translation>上报数据包</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1 from %2…</source>
        <translation>正在从 %2 读取%1…</translation>
    </message>
    <message>
        <source>The units below cannot be read live from the server: %1</source>
        <translation>无法从服务器实时读取下级单位：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>Taken %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>添加人：%1</translation>
    </message>
</context>
<context>
    <name>BulletinActions</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <source>Export Bulletins</source>
        <translation>导出工作动态</translation>
    </message>
</context>
<context>
    <name>BulletinExport</name>
    <message>
        <source>There is no bulletin to write.</source>
        <translation>没有可导出的信息稿。</translation>
    </message>
    <message>
        <source>Bulletins are written as %1, not “%2”.</source>
        <translation>信息稿可导出为 %1，不支持“%2”。</translation>
    </message>
</context>
<context>
    <name>BulletinPanel</name>
    <message>
        <source>News bulletin (工作动态)</source>
        <translation>工作动态（信息稿）</translation>
    </message>
    <message>
        <source>Regenerate draft…</source>
        <translation>重新生成初稿…</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为纯文本</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>The first line is the headline, then the text.</source>
        <translation>第一行为标题，其后为正文。</translation>
    </message>
    <message>
        <source>Copy the headline and text as plain text, for a website or WeChat</source>
        <translation>将标题和正文复制为纯文本，用于网站或微信</translation>
    </message>
    <message>
        <source>Export the bulletin with up to four of the activity&apos;s photos</source>
        <translation>导出信息稿，附该活动最多四张照片</translation>
    </message>
    <message>
        <source>A bulletin is drafted from the activity once it is completed.</source>
        <translation>活动完成后将自动撰写信息稿初稿。</translation>
    </message>
    <message>
        <source>%1 characters (150–400 is usual).</source>
        <translation>正文%1字（通常为150–400字）。</translation>
    </message>
    <message>
        <source>Draft written from the activity; it is kept once you edit it. %1</source>
        <translation>根据活动自动撰写的初稿，修改后即保存。%1</translation>
    </message>
    <message>
        <source>Kept in the file. %1</source>
        <translation>已保存在文件中。%1</translation>
    </message>
    <message>
        <source>Edit Bulletin</source>
        <translation>编辑信息稿</translation>
    </message>
    <message>
        <source>Regenerate draft</source>
        <translation>重新生成初稿</translation>
    </message>
    <message>
        <source>Replace this bulletin with a new draft written from the activity?

Your text can be brought back with Edit › Undo.</source>
        <translation>用根据活动撰写的新初稿替换这篇信息稿？

可通过“编辑 › 撤销”恢复您的文字。</translation>
    </message>
    <message>
        <source>Regenerate Bulletin</source>
        <translation>重新生成信息稿</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>No department is called “%1”. Departments: %2</source>
        <translation>没有名为“%1”的部门。现有部门：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Calendar file for Outlook and phones; limited to the department chosen below</source>
        <translation>供 Outlook 和手机使用的日历文件；仅包含下方所选部门的活动</translation>
    </message>
    <message>
        <source>%1 — %2 due, %3 running</source>
        <translation>%1 — %2 项到期，%3 项进行中</translation>
    </message>
    <message>
        <source>Campaign summary due</source>
        <translation>活动总结报送截止</translation>
    </message>
    <message>
        <source>◆ Deadline: %1</source>
        <translation>◆ 截止：%1</translation>
    </message>
    <message>
        <source>… and %1 more; narrow the filters to see them</source>
        <translation>…… 另有 %1 项；请缩小筛选范围查看</translation>
    </message>
    <message>
        <source>Nothing planned on this day.</source>
        <translation>当天没有安排活动。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>CampaignCopy</name>
    <message>
        <source>The campaign to copy no longer exists.</source>
        <translation>要复制的活动年度已不存在。</translation>
    </message>
</context>
<context>
    <name>CampaignFile</name>
    <message>
        <source>The file %1 already exists or cannot be written.</source>
        <translation>文件 %1 已存在或无法写入。</translation>
    </message>
    <message>
        <source>No built-in campaign for %1.</source>
        <translation>没有%1年度的内置活动。</translation>
    </message>
    <message>
        <source>The file already has a campaign for %1.</source>
        <translation>文件中已有%1年度的活动。</translation>
    </message>
    <message>
        <source>No built-in campaign for %1 (built in: %2).</source>
        <translation>没有%1年度的内置活动（已内置：%2）。</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>e.g. 国市监质发〔2021〕51号</source>
        <translation>例如：国市监质发〔2021〕51号</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <source>Summary due</source>
        <translation>总结报送截止日期</translation>
    </message>
    <message>
        <source>Summary goes to</source>
        <translation>总结报送单位</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Only a campaign that is not yet reported has deadline reminders and overdue marks; a reported campaign is kept as history.</source>
        <translation>只有尚未报送的活动才有截止提醒和逾期标记；已报送的活动作为历史保存。</translation>
    </message>
    <message>
        <source>This year&apos;s campaign content is not built in; please import the notice.</source>
        <translation>本年度活动内容未内置，请导入通知</translation>
    </message>
    <message>
        <source>State</source>
        <translation>活动状态</translation>
    </message>
    <message>
        <source>No. %1 national Quality Month</source>
        <translation>第%1个全国“质量月”</translation>
    </message>
    <message>
        <source>Local wording: %1 &lt;a href=&quot;use&quot;&gt;Use it&lt;/a&gt;</source>
        <translation>本地说法：%1 &lt;a href=&quot;use&quot;&gt;采用&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>该年度活动已不存在。</translation>
    </message>
</context>
<context>
    <name>CampaignState</name>
    <message>
        <source>Planning</source>
        <translation>筹备</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报送</translation>
    </message>
</context>
<context>
    <name>CampaignTemplate</name>
    <message>
        <source>The campaign template %1 is not valid: %2</source>
        <translation>活动模板 %1 无效：%2</translation>
    </message>
    <message>
        <source>The campaign template %1 has no year or title.</source>
        <translation>活动模板 %1 缺少年度或标题。</translation>
    </message>
</context>
<context>
    <name>CarryOver</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: campaign-planner check FILE</source>
        <translation>用法：campaign-planner check FILE</translation>
    </message>
    <message>
        <source>%1: ok, schema version %2 (latest %3), %4 activities</source>
        <translation>%1：正常，文件格式版本 %2（最新为 %3），共 %4 项活动</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation>最多只能指定一个文件</translation>
    </message>
    <message>
        <source>The campaign file to create.</source>
        <translation>要创建的活动文件。</translation>
    </message>
    <message>
        <source>How many activities to generate.</source>
        <translation>要生成的活动数量。</translation>
    </message>
    <message>
        <source>Seed for the generator (same seed, same file).</source>
        <translation>生成器的随机种子（种子相同，生成的文件相同）。</translation>
    </message>
    <message>
        <source>demo needs exactly one FILE.</source>
        <translation>demo 命令需要且只需要一个文件。</translation>
    </message>
    <message>
        <source>--activities must be a number from 0 to 1000000.</source>
        <translation>--activities 必须是 0 到 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number.</source>
        <translation>--seed 必须是非负数。</translation>
    </message>
    <message>
        <source>%1 already exists; demo never overwrites a file.</source>
        <translation>%1 已存在；demo 命令不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Created %1 with %2 activities in %3 ms.</source>
        <translation>已创建 %1，含 %2 项活动，用时 %3 毫秒。</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) present and matching their checksums</source>
        <translation>
            <numerusform>%n 个佐证材料齐全，校验和一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) (%1) no longer attached; the program removes them when it next closes this file</source>
        <translation>
            <numerusform>%n 个已存文件（%1）已不再关联任何活动，程序下次关闭此文件时将其删除</numerusform>
        </translation>
    </message>
    <message>
        <source>Create FILE from a built-in year&apos;s campaign with N generated activities.</source>
        <translation>用某一内置年度的活动创建 FILE，并生成 N 项活动。</translation>
    </message>
    <message>
        <source>The built-in year (default: the newest, %1).</source>
        <translation>内置年度（默认为最新的 %1）。</translation>
    </message>
    <message>
        <source>--year must be a built-in year (%1–%2).</source>
        <translation>--year 必须是内置年度（%1–%2）。</translation>
    </message>
    <message>
        <source>Usage:
  campaign-planner [FILE]                 start the program (optionally on FILE)
  campaign-planner FILE --smoke           open FILE, paint the window once, print timings
  campaign-planner demo FILE --activities N [--seed S] [--year YEAR]
                                          create FILE with N generated activities
  campaign-planner new-campaign FILE --year YEAR [--from-file OLD.campaign]
                                          add a built-in year (FILE made if missing)
  campaign-planner new-campaign FILE --from-notice NOTICE [--dry-run]
                                          read a notice (.txt .docx .pdf .doc), print what was
                                          recognised and create its campaign in FILE
  campaign-planner check FILE             integrity and foreign-key check
  campaign-planner export FILE --kind KIND --format FORMAT --out PATH [--campaign YEAR]
                                          write a plan, summary, dashboard, poster …
  campaign-planner export FILE --kind package --out PATH.zip
                                          the report package for the upper level
  campaign-planner attach FILE --activity UUID PATH…
                                          attach photos, videos or documents
  campaign-planner import FILE --from PATH.zip
                                          import a subordinate unit&apos;s report package
  campaign-planner import FILE --from PLAN.xlsx|ods|xls|csv|txt|docx|odt|doc|wps|et
         [--sheet NAME|N] [--campaign YEAR] [--unit NAME] [--update] [--dry-run]
                                          import a plan or activity table
  campaign-planner server init postgresql://USER@HOST:PORT/DBNAME[?sslmode=MODE]
                                          create the shared store&apos;s schema, group role and rights
  campaign-planner server add-unit ADDRESS NAME --level county|prefecture|province [--parent NAME]
  campaign-planner server add-user ADDRESS NAME --unit NAME [--password-stdin]
                                          a login role tied to one unit (password: first line of stdin)
  campaign-planner push FILE ADDRESS [--unit NAME] [--password-stdin]
                                          upload FILE as its unit&apos;s data (replaces what the
                                          server held for the unit; all or nothing)
  campaign-planner pull ADDRESS FILE [--unit NAME] [--force] [--password-stdin]
                                          write an offline file of one unit&apos;s data
  Every FILE above (but for new-campaign, push and pull) may be a server&apos;s ADDRESS: the command
  runs on a copy of the user&apos;s unit (check and export: --unit NAME for another it may read) and
  writes back only what it changed; demo fills only an empty unit
  campaign-planner export ADDRESS --kind consolidated --format pdf|xlsx|odt|docx --out PATH
                                          the consolidated summary of the units below, read live
  campaign-planner --version | --help</source>
        <translation>用法：
  campaign-planner [FILE]                 启动程序（可指定打开文件 FILE）
  campaign-planner FILE --smoke           打开 FILE，绘制一次主窗口，输出耗时
  campaign-planner demo FILE --activities N [--seed S] [--year YEAR]
                                          创建含 N 项随机生成活动的 FILE
  campaign-planner new-campaign FILE --year YEAR [--from-file OLD.campaign]
                                          添加内置年度的活动（FILE 不存在时新建）
  campaign-planner new-campaign FILE --from-notice NOTICE [--dry-run]
                                          读取通知（.txt .docx .pdf .doc），列出识别结果，
                                          并在 FILE 中创建该年度活动
  campaign-planner check FILE             检查文件完整性和外键约束
  campaign-planner export FILE --kind KIND --format FORMAT --out PATH [--campaign YEAR]
                                          导出实施方案、活动总结、总览、海报等
  campaign-planner export FILE --kind package --out PATH.zip
                                          导出向上级报送的数据包
  campaign-planner attach FILE --activity UUID PATH…
                                          添加照片、视频或文档作为佐证材料
  campaign-planner import FILE --from PATH.zip
                                          导入下级单位报送的数据包
  campaign-planner import FILE --from PLAN.xlsx|ods|xls|csv|txt|docx|odt|doc|wps|et
         [--sheet NAME|N] [--campaign YEAR] [--unit NAME] [--update] [--dry-run]
                                          导入活动计划表或活动表格
  campaign-planner server init postgresql://用户@主机:端口/数据库名[?sslmode=模式]
                                          在共享数据库中建立结构、用户组角色和权限
  campaign-planner server add-unit 地址 名称 --level county|prefecture|province [--parent 上级名称]
  campaign-planner server add-user 地址 用户名 --unit 单位名称 [--password-stdin]
                                          添加归属于一个单位的登录角色（密码：标准输入第一行）
  campaign-planner push FILE ADDRESS [--unit NAME] [--password-stdin]
                                          将 FILE 上传为所属单位的数据（替换服务器上该单位
                                          原有的数据；全部成功或全部不变）
  campaign-planner pull ADDRESS FILE [--unit NAME] [--force] [--password-stdin]
                                          将一个单位的数据写成离线文件
  以上 FILE（new-campaign、push、pull 除外）均可换成共享服务器地址 ADDRESS：命令在本单位数据的
  副本上运行（check 和 export 可用 --unit NAME 读取有权查看的其他单位），只将改动写回服务器；
  demo 只填充没有活动的单位
  campaign-planner export ADDRESS --kind consolidated --format pdf|xlsx|odt|docx --out PATH
                                          导出下级各单位的汇总报告（从服务器实时读取）
  campaign-planner --version | --help</translation>
    </message>
</context>
<context>
    <name>ColourDelegate</name>
    <message>
        <source>Pillar colour</source>
        <translation>活动板块颜色</translation>
    </message>
</context>
<context>
    <name>ColumnRoles</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Assisting departments</source>
        <translation>协助部门</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>活动内容分类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Other (to notes)</source>
        <translation>其他（记入备注）</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Export a plan, summary, dashboard, poster, calendar … from FILE.</source>
        <translation>从 FILE 导出实施方案、活动总结、总览、海报、日历等。</translation>
    </message>
    <message>
        <source>The campaign file to read.</source>
        <translation>要读取的活动文件。</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>导出内容。</translation>
    </message>
    <message>
        <source>The output format.</source>
        <translation>输出格式。</translation>
    </message>
    <message>
        <source>The campaign year (default: the newest).</source>
        <translation>活动年度（默认为最新年度）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Poster template name.</source>
        <translation>海报模板名称。</translation>
    </message>
    <message>
        <source>Paper size: A4, A3 or A2.</source>
        <translation>纸张大小：A4、A3 或 A2。</translation>
    </message>
    <message>
        <source>Landscape orientation.</source>
        <translation>横向。</translation>
    </message>
    <message>
        <source>Slogan number (1 = first).</source>
        <translation>标语序号（1 表示第一条）。</translation>
    </message>
    <message>
        <source>Only this department&apos;s activities.</source>
        <translation>仅导出该部门的活动。</translation>
    </message>
    <message>
        <source>usage: campaign-planner export FILE --kind KIND --format FORMAT --out PATH; kinds: %1</source>
        <translation>用法：campaign-planner export FILE --kind KIND --format FORMAT --out PATH；可用类型：%1</translation>
    </message>
    <message>
        <source>--campaign must be a year such as 2021.</source>
        <translation>--campaign 必须是年份，例如 2021。</translation>
    </message>
    <message>
        <source>--slogan must be a number from 1.</source>
        <translation>--slogan 必须是从 1 开始的数字。</translation>
    </message>
    <message>
        <source>unknown kind “%1”; kinds: %2</source>
        <translation>未知类型“%1”；可用类型：%2</translation>
    </message>
    <message>
        <source>--kind %1 writes %2, not “%3”.</source>
        <translation>--kind %1 输出 %2 格式，不支持“%3”。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>The campaign file.</source>
        <translation>活动文件。</translation>
    </message>
    <message>
        <source>Photos, videos or documents to attach.</source>
        <translation>要添加的照片、视频或文档。</translation>
    </message>
    <message>
        <source>The activity&apos;s id (UUID).</source>
        <translation>活动的标识（UUID）。</translation>
    </message>
    <message>
        <source>usage: campaign-planner attach FILE --activity UUID PATH…</source>
        <translation>用法：campaign-planner attach FILE --activity UUID PATH…</translation>
    </message>
    <message>
        <source>Attached %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>The campaign file to import into.</source>
        <translation>要导入到的活动文件。</translation>
    </message>
    <message>
        <source>The report package (.zip) of a subordinate unit.</source>
        <translation>下级单位报送的数据包（.zip）。</translation>
    </message>
    <message>
        <source>usage: campaign-planner import FILE --from PATH.zip</source>
        <translation>用法：campaign-planner import FILE --from PATH.zip</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Figures: %1 activities, %2 done, %3 in progress, %4 not started, %5 cancelled, %6 overdue</source>
        <translation>统计：共 %1 项活动，已完成 %2 项，进行中 %3 项，未开始 %4 项，已取消 %5 项，已逾期 %6 项</translation>
    </message>
    <message>
        <source>(unit without a name)</source>
        <translation>（未填写名称的单位）</translation>
    </message>
    <message>
        <source>%1 %2, campaign %3: %4 activities, %5 evidence files</source>
        <translation>%1 %2，%3年度活动：%4 项活动，%5 个佐证材料</translation>
    </message>
    <message>
        <source>No table in the file has a heading row this program recognises (活动内容, 活动时间, 牵头单位 …).</source>
        <translation>文件中没有能识别表头的表格（活动内容、活动时间、牵头单位……）。</translation>
    </message>
    <message>
        <source>There is no sheet “%1”; the file has: %2</source>
        <translation>没有名为“%1”的工作表；文件中有：%2</translation>
    </message>
    <message numerus="yes">
        <source>Table: %1 (%2 of %n)</source>
        <translation>
            <numerusform>表格：%1（共 %n 个，第 %2 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>encoding %1, delimiter %2</source>
        <translation>编码 %1，分隔符 %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Heading: rows %1–%2</source>
        <translation>表头：第 %1–%2 行</translation>
    </message>
    <message>
        <source>Heading: row %1</source>
        <translation>表头：第 %1 行</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>各列：</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>活动内容分类：</translation>
    </message>
    <message>
        <source>New departments: %1</source>
        <translation>新部门：%1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan or table to import.</source>
        <translation>要导入的方案或表格。</translation>
    </message>
    <message>
        <source>The sheet or table to read, by name or number (from 1).</source>
        <translation>要读取的工作表或表格，按名称或序号（从 1 开始）。</translation>
    </message>
    <message>
        <source>The campaign (year) to import into; default: the current one.</source>
        <translation>导入到哪一年的活动；默认为当前活动。</translation>
    </message>
    <message>
        <source>Import the table as this subordinate unit&apos;s activities.</source>
        <translation>将表格作为该下级单位的活动导入。</translation>
    </message>
    <message>
        <source>Update activities already in the plan instead of skipping them.</source>
        <translation>更新计划中已有的活动，而不是跳过。</translation>
    </message>
    <message>
        <source>Print what was recognised and import nothing.</source>
        <translation>只列出识别结果，不导入。</translation>
    </message>
    <message>
        <source>Text files: the encoding (UTF-8, GB18030, UTF-16 …).</source>
        <translation>文本文件：编码（UTF-8、GB18030、UTF-16……）。</translation>
    </message>
    <message>
        <source>Text files: the delimiter (comma, semicolon, tab).</source>
        <translation>文本文件：分隔符（comma 逗号、semicolon 分号、tab 制表符）。</translation>
    </message>
    <message>
        <source>A report package (.zip) from a subordinate unit is imported with: import FILE --from PATH.zip</source>
        <translation>下级单位的报送包（.zip）用以下命令导入：import FILE --from PATH.zip</translation>
    </message>
    <message>
        <source>usage: campaign-planner import FILE --from PATH</source>
        <translation>用法：campaign-planner import FILE --from PATH</translation>
    </message>
    <message>
        <source>Unknown delimiter “%1”: use comma, semicolon or tab.</source>
        <translation>未知的分隔符“%1”：请使用 comma、semicolon 或 tab。</translation>
    </message>
    <message>
        <source>The file has no campaign for %1.</source>
        <translation>文件中没有 %1 年的活动。</translation>
    </message>
    <message>
        <source>The file has no campaign to import into.</source>
        <translation>文件中没有可导入的活动年度。</translation>
    </message>
    <message>
        <source>“%1” has no heading row this program recognises (活动内容, 活动时间, 牵头单位 …).</source>
        <translation>“%1”没有能识别的表头（活动内容、活动时间、牵头单位……）。</translation>
    </message>
    <message>
        <source>Nothing to import: no row names an activity.</source>
        <translation>没有可导入的内容：没有一行写明活动名称。</translation>
    </message>
    <message>
        <source>%1 %2: %3 activities</source>
        <translation>%1 %2：%3 项活动</translation>
    </message>
    <message>
        <source>Imported into %1: %2 added, %3 updated, %4 skipped</source>
        <translation>已导入 %1 年活动：新增 %2 项，更新 %3 项，跳过 %4 项</translation>
    </message>
    <message>
        <source>Departments added: %1</source>
        <translation>新增部门：%1</translation>
    </message>
    <message>
        <source>Pillars added: %1</source>
        <translation>新增活动内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n activities were imported without dates (their date text could not be read)</source>
        <translation>
            <numerusform>%n 项活动的时间无法识别，已保留原文、不带日期导入</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: campaign-planner new-campaign FILE --from-notice NOTICE.(txt|docx|pdf|doc) [--dry-run]</source>
        <translation>用法：campaign-planner new-campaign FILE --from-notice 通知.(txt|docx|pdf|doc) [--dry-run]</translation>
    </message>
    <message>
        <source>%1: created the %2 campaign from the notice</source>
        <translation>%1：已根据通知创建 %2 年度活动</translation>
    </message>
    <message>
        <source>%1: stored the local notice with the %2 campaign</source>
        <translation>%1：已将地方通知存入 %2 年度活动</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Added the %1 campaign to %2.</source>
        <translation>已将%1年度活动添加到 %2。</translation>
    </message>
    <message>
        <source>Carried over from %1: %2 departments, unit profile %3.</source>
        <translation>已从 %1 带入：%2 个部门，单位信息%3。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>已带入</translation>
    </message>
    <message>
        <source>no</source>
        <translation>未带入</translation>
    </message>
    <message>
        <source>Add a year&apos;s campaign to FILE (created when missing).</source>
        <translation>向 FILE 添加一个年度的活动（FILE 不存在时新建）。</translation>
    </message>
    <message>
        <source>A built-in year (%1–%2).</source>
        <translation>内置年度（%1–%2）。</translation>
    </message>
    <message>
        <source>Carry departments and the unit over from OLD.</source>
        <translation>从 OLD 沿用部门和本单位信息。</translation>
    </message>
    <message>
        <source>new-campaign needs exactly one FILE.</source>
        <translation>new-campaign 需要且只需要一个 FILE。</translation>
    </message>
    <message>
        <source>new-campaign needs --year YEAR.</source>
        <translation>new-campaign 需要 --year YEAR。</translation>
    </message>
    <message>
        <source>--year must be a built-in year: %1.</source>
        <translation>--year 必须是内置年度：%1。</translation>
    </message>
    <message>
        <source>--from-file must name another file than FILE.</source>
        <translation>--from-file 必须是 FILE 以外的另一个文件。</translation>
    </message>
    <message>
        <source>A bulletin&apos;s activity (repeatable; default: every completed one).</source>
        <translation>信息稿对应的活动（可重复；默认：所有已完成的活动）。</translation>
    </message>
    <message>
        <source>No activity %1 in the %2 campaign.</source>
        <translation>%2年度活动中没有活动 %1。</translation>
    </message>
    <message>
        <source>The %1 campaign has no completed activity to write a bulletin for.</source>
        <translation>%1年度活动中没有已完成的活动可撰写信息稿。</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>--password-stdin belongs to server add-user</source>
        <translation>--password-stdin 只用于 server add-user</translation>
    </message>
    <message>
        <source>--password-stdin: no password on the first line of standard input</source>
        <translation>--password-stdin：标准输入第一行没有密码</translation>
    </message>
    <message>
        <source>%1: ready, schema version %2</source>
        <translation>%1：已就绪，数据库结构版本 %2</translation>
    </message>
    <message>
        <source>unit %1 added</source>
        <translation>已添加单位 %1</translation>
    </message>
    <message>
        <source>user %1 added to %2</source>
        <translation>已添加用户 %1，归属 %2</translation>
    </message>
    <message>
        <source>usage: campaign-planner server init postgresql://USER@HOST:PORT/DBNAME
       campaign-planner server add-unit ADDRESS NAME --level county|prefecture|province [--parent NAME]
       campaign-planner server add-user ADDRESS NAME --unit NAME [--password-stdin]</source>
        <translation>用法：campaign-planner server init postgresql://用户@主机:端口/数据库名
      campaign-planner server add-unit 地址 名称 --level county|prefecture|province [--parent 上级名称]
      campaign-planner server add-user 地址 用户名 --unit 单位名称 [--password-stdin]</translation>
    </message>
    <message>
        <source>the server&apos;s schema is at step %1 and this needs step %2; its administrator runs campaign-planner server init %3</source>
        <translation>服务器的数据库结构为第 %1 步，此操作需要第 %2 步；请管理员运行 campaign-planner server init %3</translation>
    </message>
    <message>
        <source>usage: campaign-planner push FILE postgresql://USER@HOST:PORT/DBNAME [--unit NAME] [--password-stdin]</source>
        <translation>用法：campaign-planner push 文件 postgresql://用户@主机:端口/数据库名 [--unit 单位名称] [--password-stdin]</translation>
    </message>
    <message>
        <source>usage: campaign-planner pull postgresql://USER@HOST:PORT/DBNAME FILE [--unit NAME] [--force] [--password-stdin]</source>
        <translation>用法：campaign-planner pull postgresql://用户@主机:端口/数据库名 文件 [--unit 单位名称] [--force] [--password-stdin]</translation>
    </message>
    <message>
        <source>the user %1 belongs to %2 and may not write the data of %3</source>
        <translation>用户 %1 属于%2，无权写入%3的数据</translation>
    </message>
    <message>
        <source>nothing was changed on the server: %1</source>
        <translation>服务器上的数据未作任何改动：%1</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 as the data of %3: %4 campaign(s), %5 activities, %6 evidence file(s) (%7 sent, %8) in %9 s</source>
        <translation>已将 %1 上传到 %2 作为%3的数据：%4 个年度活动，%5 项活动，%6 个佐证材料（新上传 %7 个，%8），用时 %9 秒</translation>
    </message>
    <message>
        <source>%1 already exists; pull never overwrites a file unless told to (--force)</source>
        <translation>%1 已存在；除非指定 --force，pull 不会覆盖已有文件</translation>
    </message>
    <message>
        <source>the user %1 belongs to %2 and may not read the data of %3</source>
        <translation>用户 %1 属于%2，无权读取%3的数据</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>未写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1 from the data of %2 on %3: %4 campaign(s), %5 activities, %6 evidence file(s) (%7) in %8 s</source>
        <translation>已写入 %1（%3 上%2的数据）：%4 个年度活动，%5 项活动，%6 个佐证材料（%7），用时 %8 秒</translation>
    </message>
    <message>
        <source>--unit needs the name of a unit</source>
        <translation>--unit 后须写单位名称</translation>
    </message>
    <message>
        <source>cannot make a folder for the local copy: %1</source>
        <translation>无法为本地副本创建文件夹：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n activities of %2; demo fills only an empty unit</source>
        <translation>
            <numerusform>%1 上%2已有 %n 项活动；demo 只能填充没有活动的单位</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot keep the pulled copy in %1</source>
        <translation>无法在 %1 中保留下载的副本</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n activities into %1 (%2)</source>
        <translation>
            <numerusform>已将 %n 项活动写入 %1（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the changes to %1 (%2): %3 activities added, %4 changed, %5 removed; %6 other rows; %7 evidence file(s) sent (%8)</source>
        <translation>已将修改写入 %1（%2）：新增 %3 项活动，修改 %4 项，删除 %5 项；其他数据 %6 行；上传佐证材料 %7 个（%8）</translation>
    </message>
    <message>
        <source>With a server address: the password is the first line of standard input.</source>
        <translation>使用服务器地址时：密码取自标准输入的第一行。</translation>
    </message>
    <message>
        <source>%1 %2: %3 unit(s) read live from the server, %4 from report packages</source>
        <translation>%1 %2年：%3个单位实时读取自服务器，%4个单位来自报告包</translation>
    </message>
    <message>
        <source>No data of %1 yet (neither on the server nor in a package): %2</source>
        <translation>以下单位尚无%1年度数据（服务器上和报告包中均没有）：%2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Someone else changed this on the server while you were editing it. Your change has not been saved. Keep yours (on top of their other changes) or take theirs?</source>
        <translation>在您编辑期间，其他人已在服务器上修改了这项内容。您的修改尚未保存。保留您的修改（在对方其他修改的基础上），还是采用对方的？</translation>
    </message>
    <message>
        <source>%1 changed this on the server while you were editing it. Your change has not been saved. Keep yours (on top of their other changes) or take theirs?</source>
        <translation>在您编辑期间，%1 已在服务器上修改了这项内容。您的修改尚未保存。保留您的修改（在对方其他修改的基础上），还是采用对方的？</translation>
    </message>
</context>
<context>
    <name>ConsolidatedDocument</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>(unit without a name)</source>
        <translation>（未填写单位名称）</translation>
    </message>
    <message>
        <source>This unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>(this file)</source>
        <translation>本级</translation>
    </message>
    <message>
        <source>No subordinate unit has sent a report package yet; the figures are this unit&apos;s own: %1 activities, %2 done, %3 in progress, %4 overdue; completion rate %5.</source>
        <translation>尚无下级单位报送报告包，以下为本单位数据：共有活动%1项，已完成%2项，进行中%3项，逾期%4项，完成率%5。</translation>
    </message>
    <message>
        <source>This report consolidates the Quality Month activities of this unit and %1 subordinate unit(s) that sent their report packages: %2 activities in all, %3 done, %4 in progress, %5 overdue; completion rate %6.</source>
        <translation>本报告汇总本单位及%1个报送报告包的下级单位的质量月活动情况：共有活动%2项，已完成%3项，进行中%4项，逾期%5项，完成率%6。</translation>
    </message>
    <message>
        <source>%1 Quality Month consolidated report</source>
        <translation>%1年质量月活动汇总报告</translation>
    </message>
    <message>
        <source>%1 %2 Quality Month consolidated report</source>
        <translation>%1%2年质量月活动汇总报告</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按单位汇总</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Package time</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动总数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>按活动内容</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Units reporting</source>
        <translation>报送单位数</translation>
    </message>
    <message>
        <source>Activity list</source>
        <translation>活动清单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>No activities reported.</source>
        <translation>未报送活动。</translation>
    </message>
    <message>
        <source>Figures as of %1 (subordinate units: as of their packages)</source>
        <translation>数据截至%1（下级单位截至报送时间）</translation>
    </message>
    <message>
        <source>Activities by unit</source>
        <translation>各单位活动情况</translation>
    </message>
    <message>
        <source>Activities by pillar</source>
        <translation>按活动内容统计</translation>
    </message>
    <message>
        <source>No unit reported figures.</source>
        <translation>各单位均未填报指标。</translation>
    </message>
    <message>
        <source>A figure marked 余 includes approximate numbers, or some units did not report it: the true total is at least this.</source>
        <translation>标“余”的数字含约数，或有单位未填报该项指标，实际合计不少于此数。</translation>
    </message>
    <message>
        <source>Activities of each unit</source>
        <translation>各单位活动清单</translation>
    </message>
    <message>
        <source>live (server)</source>
        <translation>服务器实时</translation>
    </message>
    <message>
        <source>This report consolidates the Quality Month activities of this unit and %1 subordinate unit(s), %2 of them read live from the shared server and %3 from their report packages: %4 activities in all, %5 done, %6 in progress, %7 overdue; completion rate %8.</source>
        <translation>本报告汇总本单位及%1个下级单位的质量月活动情况，其中%2个单位实时读取自共享服务器，%3个单位来自其报告包：共有活动%4项，已完成%5项，进行中%6项，逾期%7项，完成率%8。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Figures as of %1 (units on the shared server: live; the others: as of their packages)</source>
        <translation>数据截至%1（共享服务器上的单位为实时数据，其余单位截至报送时间）</translation>
    </message>
</context>
<context>
    <name>ConsolidatedModel</name>
    <message>
        <source>This unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>(this file)</source>
        <translation>（本文件）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>行政区域</translation>
    </message>
    <message>
        <source>Package of</source>
        <translation>数据包日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>(unit without a name)</source>
        <translation>（未命名单位）</translation>
    </message>
    <message>
        <source>Read live from the shared server at %1</source>
        <translation>%1实时读取自共享服务器</translation>
    </message>
    <message>
        <source>From the report package the unit sent (it has no data of this year on the server)</source>
        <translation>来自该单位报送的报告包（服务器上没有其本年度数据）</translation>
    </message>
    <message>
        <source>Server (live)</source>
        <translation>服务器（实时）</translation>
    </message>
    <message>
        <source>Package of %1</source>
        <translation>%1的报告包</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
</context>
<context>
    <name>ConsolidatedReport</name>
    <message>
        <source>The consolidated report is written as .pdf, .xlsx, .odt or .docx, not “%1”.</source>
        <translation>汇总报告只能保存为 .pdf、.xlsx、.odt 或 .docx 文件，不能保存为“%1”。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Progress per pillar</source>
        <translation>各活动板块进度</translation>
    </message>
    <message>
        <source>Status share</source>
        <translation>状态分布</translation>
    </message>
    <message>
        <source>Workload and completion per lead department</source>
        <translation>各牵头部门工作量与完成情况</translation>
    </message>
    <message>
        <source>Activities per day</source>
        <translation>每日活动数</translation>
    </message>
    <message>
        <source>Figures against targets</source>
        <translation>统计数据与目标对比</translation>
    </message>
    <message>
        <source>Overdue per department</source>
        <translation>各部门逾期情况</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Overdue per department: none</source>
        <translation>各部门逾期情况：无</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Actual as % of target</source>
        <translation>实际完成占目标的百分比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Activities per week</source>
        <translation>每周活动数</translation>
    </message>
    <message>
        <source>Planned (starting)</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>The dashboard is written as png or svg, not “%1”.</source>
        <translation>总览只能导出为 png 或 svg 格式，不支持“%1”。</translation>
    </message>
</context>
<context>
    <name>DashboardRenderer</name>
    <message>
        <source>Campaign %1</source>
        <translation>%1年质量月活动</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (no permission?).</source>
        <translation>无法读取文件 %1（可能没有权限）。</translation>
    </message>
    <message>
        <source>%1 is not a campaign file.</source>
        <translation>%1 不是活动文件。</translation>
    </message>
    <message>
        <source>The campaign file %1 is incomplete (truncated); it was left unchanged.</source>
        <translation>活动文件 %1 不完整（已被截断），文件未作改动。</translation>
    </message>
    <message>
        <source>The file %1 is read-only. Save a copy somewhere writable to work on it.</source>
        <translation>文件 %1 为只读。请另存一份副本到可写位置后再编辑。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is in use by another program. Close it there and try again.</source>
        <translation>文件 %1 正被其他程序使用。请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>%1 is not a campaign file or is damaged (%2).</source>
        <translation>%1 不是活动文件或已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Campaign Planner (file format %2, this version reads up to %3). Please update the program.</source>
        <translation>%1 由更新版本的质量月活动管理保存（文件格式 %2，本版本最高支持 %3）。请升级本程序。</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it: %2</source>
        <translation>升级前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2. The file was left as it was; a backup is at %3.</source>
        <translation>无法升级 %1：%2。文件保持原样；备份位于 %3。</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>无法创建文件 %1：%2</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from.</source>
        <translation>副本不能覆盖其原文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>DeadlineReminder</name>
    <message>
        <source>Deadlines</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>DepartmentListModel</name>
    <message>
        <source>Archived departments stay on old activities but are no longer offered.</source>
        <translation>已归档的部门仍保留在原有活动中，但不再供选择。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <source>Delete the department “%1”? No activity uses it.</source>
        <translation>确定删除部门“%1”吗？没有活动使用该部门。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the department “%1”? %n activity(s) in this file name it as lead or assisting department and will lose it. Archiving keeps it on old activities instead.</source>
        <translation>
            <numerusform>确定删除部门“%1”吗？本文件中有 %n 项活动将其列为牵头或协助部门，删除后这些活动将失去该部门。如改为归档，原有活动中仍会保留该部门。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>A department needs a name.</source>
        <translation>请填写部门名称。</translation>
    </message>
    <message>
        <source>A department named “%1” already exists.</source>
        <translation>已存在名为“%1”的部门。</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>The document could not be written: %1</source>
        <translation>无法写入文档：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>DraftSource</name>
    <message>
        <source>The activity is not in this campaign any more.</source>
        <translation>该活动已不在本年度活动中。</translation>
    </message>
    <message>
        <source>“%1” is not completed yet: its bulletin is drafted once it is.</source>
        <translation>“%1”尚未完成：完成后才会撰写其信息稿。</translation>
    </message>
</context>
<context>
    <name>EvidenceCheckTile</name>
    <message>
        <source>&lt;b&gt;Evidence check&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:20pt&apos;&gt;%1&lt;/span&gt;&lt;br&gt;completed activities without a photo</source>
        <translation>&lt;b&gt;佐证材料检查&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;font-size:20pt&apos;&gt;%1&lt;/span&gt;&lt;br&gt;项已完成活动缺少照片</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message numerus="yes">
        <source>Attach %n File(s)</source>
        <translation>
            <numerusform>添加 %n 个佐证材料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Evidence File(s)</source>
        <translation>
            <numerusform>移除 %n 个佐证材料</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Caption</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>Choose Evidence</source>
        <translation>选择佐证材料</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>The activity does not exist in this file.</source>
        <translation>本文件中不存在该活动。</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 is not a photo (JPEG, PNG), a video (MP4, MOV) or a document (PDF, DOCX, XLSX).</source>
        <translation>%1 不是照片（JPEG、PNG）、视频（MP4、MOV）或文档（PDF、DOCX、XLSX）。</translation>
    </message>
    <message>
        <source>No activity with the id %1 is in this file.</source>
        <translation>本文件中没有标识为 %1 的活动。</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drop photos, videos or documents here. Checked photos appear in the summary.</source>
        <translation>将照片、视频或文档拖放到此处。勾选的照片将编入活动总结。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;佐证材料&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>没有设置用于打开 %1 的程序。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <source>Photos, videos and documents (%1)</source>
        <translation>照片、视频和文档 (%1)</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Unknown format: %1</source>
        <translation>未知格式：%1</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 is already open in another Campaign Planner window. Switch to that window, or close the file there first.</source>
        <translation>%1 已在另一个“质量月活动管理”窗口中打开。请切换到该窗口，或先在那里关闭此文件。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
</context>
<context>
    <name>IcsEvent</name>
    <message>
        <source>Lead: %1</source>
        <translation>牵头：%1</translation>
    </message>
    <message>
        <source>Assisting: %1</source>
        <translation>协助：%1</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>联系人：%1 %2</translation>
    </message>
    <message>
        <source>Status: %1 (%2%)</source>
        <translation>状态：%1（%2%）</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止日期：%1</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Campaign</source>
        <translation>质量月活动</translation>
    </message>
    <message>
        <source>Deadline: campaign summary to %1</source>
        <translation>截止日期：向%1报送活动总结</translation>
    </message>
    <message>
        <source>the superior authority</source>
        <translation>上级主管部门</translation>
    </message>
    <message>
        <source>The campaign summary is due tomorrow.</source>
        <translation>活动总结明天截止报送。</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>Due tomorrow: %1</source>
        <translation>明天截止：%1</translation>
    </message>
    <message>
        <source>Could not write the calendar: %1</source>
        <translation>无法写入日历：%1</translation>
    </message>
    <message>
        <source>The calendar export was cancelled.</source>
        <translation>日历导出已取消。</translation>
    </message>
</context>
<context>
    <name>ImageFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法编码图片</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
</context>
<context>
    <name>ImportMappingPanel</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Group in the table</source>
        <translation>表中的分组</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>归入活动内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; — what each column holds</source>
        <translation>&lt;b&gt;各列&lt;/b&gt;——每一列是什么</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pillars&lt;/b&gt; — where each group of rows goes</source>
        <translation>&lt;b&gt;活动内容&lt;/b&gt;——每组活动归入哪一项</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <source>Figure: %1 (%2)</source>
        <translation>数字：%1（%2）</translation>
    </message>
    <message>
        <source>Add as a new pillar</source>
        <translation>新增为一项活动内容</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>不归类</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>识别为 %1</translation>
    </message>
    <message>
        <source>Not read: the activity is imported without dates</source>
        <translation>无法识别：活动将不带日期导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Assisting</source>
        <translation>协助部门</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>需查看</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n rows, all ready</source>
        <translation>
            <numerusform>%n 行，均可导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows: %1 ready, %2 need a look</source>
        <translation>
            <numerusform>%n 行：%1 行可导入，%2 行需查看</numerusform>
        </translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <source>no pillar</source>
        <translation>不归类</translation>
    </message>
    <message>
        <source>new pillar</source>
        <translation>新增活动内容</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%n rows)</source>
        <translation>
            <numerusform>%1 → %2（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Text file:</source>
        <translation>文本文件：</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update them from the table</source>
        <translation>按表格更新</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>导入活动方案</translation>
    </message>
    <message>
        <source>Import a Subordinate Unit&apos;s Table</source>
        <translation>导入下级单位表格</translation>
    </message>
    <message>
        <source>Excel, WPS, Word, LibreOffice or CSV file</source>
        <translation>Excel、WPS、Word、LibreOffice 或 CSV 文件</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>targets (the plan)</source>
        <translation>计划目标（方案）</translation>
    </message>
    <message>
        <source>what was achieved (a summary)</source>
        <translation>实际完成（总结）</translation>
    </message>
    <message>
        <source>e.g. 青山县市场监督管理局</source>
        <translation>例如：青山县市场监督管理局</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Sheet or table:</source>
        <translation>工作表或表格：</translation>
    </message>
    <message>
        <source>Figures are:</source>
        <translation>表中数字是：</translation>
    </message>
    <message>
        <source>Activities already in the plan:</source>
        <translation>计划中已有的活动：</translation>
    </message>
    <message>
        <source>Subordinate unit:</source>
        <translation>下级单位：</translation>
    </message>
    <message>
        <source>Reading the file… %1 %</source>
        <translation>正在读取文件… %1%</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>No heading row was recognised (活动内容, 活动时间, 牵头单位 …). Set what each column holds on the left; every row is read as an activity.</source>
        <translation>未识别到表头（活动内容、活动时间、牵头单位……）。请在左侧设置每一列的含义；每一行都按一项活动读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the plan</source>
        <translation>
            <numerusform>%n 项已在计划中</numerusform>
        </translation>
    </message>
    <message>
        <source>new departments: %1</source>
        <translation>新部门：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities imported</source>
        <translation>
            <numerusform>%1：已导入 %n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated activities; %3 rows skipped</source>
        <translation>已新增 %1 项、更新 %2 项活动；跳过 %3 行</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>not a campaign file or damaged: %1</source>
        <translation>不是活动文件或已损坏：%1</translation>
    </message>
    <message>
        <source>not a campaign file</source>
        <translation>不是活动文件</translation>
    </message>
    <message>
        <source>written by a newer version (file format %1, this version reads up to %2)</source>
        <translation>由更新版本保存（文件格式 %1，本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>broken reference in table %1 (row %2 points to a missing %3)</source>
        <translation>表 %1 中存在无效引用（第 %2 行指向不存在的 %3）</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>file is truncated</source>
        <translation>文件已被截断</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) missing from %1: %2</source>
        <translation>
            <numerusform>%1 中缺少 %n 个佐证材料：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) in %1 no longer match their checksum: %2</source>
        <translation>
            <numerusform>%1 中有 %n 个佐证材料与校验和不符：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Show these activities</source>
        <translation>查看这些活动</translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message>
        <source>No summary deadline set</source>
        <translation>未设置总结报送截止日期</translation>
    </message>
    <message numerus="yes">
        <source>Summary was due %n day(s) ago</source>
        <translation>
            <numerusform>总结报送已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary due in %n day(s)</source>
        <translation>
            <numerusform>距总结报送截止还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划活动</translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n 项未开始</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n 项将在 7 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>done ÷ (all − cancelled)</source>
        <translation>已完成 ÷（全部 − 已取消）</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation>目标 %1 %2</translation>
    </message>
</context>
<context>
    <name>LiveConsolidation</name>
    <message>
        <source>the consolidated view is already running</source>
        <translation>汇总视图已在运行</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Campaign files (*.%1);;All files (*)</source>
        <translation>活动文件 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Campaign Planner</source>
        <translation>质量月活动管理</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>%1 – Campaign Planner</source>
        <translation>%1 – 质量月活动管理</translation>
    </message>
    <message>
        <source>Shown %1 of %2   Overdue %3   Due soon %4</source>
        <translation>显示 %1 / 共 %2 项   已逾期 %3   即将到期 %4</translation>
    </message>
    <message>
        <source>Open Campaign File</source>
        <translation>打开活动文件</translation>
    </message>
    <message>
        <source>New Campaign File</source>
        <translation>新建活动文件</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; a new file never replaces one.</source>
        <translation>%1 已存在。请换一个文件名；新文件不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Save Campaign File As</source>
        <translation>活动文件另存为</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>About Campaign Planner</source>
        <translation>关于质量月活动管理</translation>
    </message>
    <message>
        <source>&lt;b&gt;Campaign Planner&lt;/b&gt; %1&lt;br&gt;Plan, track and report the Quality Month campaign.</source>
        <translation>&lt;b&gt;质量月活动管理&lt;/b&gt; %1&lt;br&gt;编制、跟踪和总结质量月活动。</translation>
    </message>
    <message>
        <source>Copying the evidence files…</source>
        <translation>正在复制佐证材料…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New Campaign from &amp;Notice…</source>
        <translation>从通知新建年度活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>导入活动方案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>Open Shared &amp;Server…</source>
        <translation>打开共享服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open Shared Server</source>
        <translation>打开共享服务器</translation>
    </message>
    <message>
        <source>Address of the shared server, as your administrator gave it:
postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>共享服务器地址（由管理员提供）：
postgresql://用户名@主机:端口/数据库</translation>
    </message>
</context>
<context>
    <name>MediaFolder</name>
    <message>
        <source>The evidence file %1 is missing from %2.</source>
        <translation>%2 中缺少佐证材料 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>The media folder %1 cannot be created.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The content does not match its checksum.</source>
        <translation>内容与其校验和不符。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>not a content name</source>
        <translation>不是内容文件名</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MetricListModel</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Delete the metric “%1”? No activity has a figure for it.</source>
        <translation>确定删除统计指标“%1”吗？没有活动填报该指标的数据。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the metric “%1”? The figures of %n activity(s) for it will be deleted too.</source>
        <translation>
            <numerusform>确定删除统计指标“%1”吗？%n 项活动中该指标的数据也将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the metric “%1”? Whether activities have figures for it could not be read (%2).</source>
        <translation>删除指标“%1”？无法读取是否有活动填报了该指标（%2）。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Schema step %1 is missing from this build.</source>
        <translation>本版本缺少文件格式升级步骤 %1。</translation>
    </message>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>文件格式升级步骤 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>◆ %1 due</source>
        <translation>◆ %1 截止</translation>
    </message>
    <message>
        <source>Summary due</source>
        <translation>总结报送截止日期</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>Also copy its unfinished activities (not started or in progress)</source>
        <translation>同时复制其中未完成的活动（未开始或进行中）</translation>
    </message>
    <message>
        <source>New Campaign From…</source>
        <translation>基于已有年度新建活动…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The new campaign starts as a copy of the chosen one: its pillars, organizers, slogans, requirements and metrics, with its dates moved to the new year. The document number is left empty for the new notice. Copied activities start again as not started, without actual figures.</source>
        <translation>新年度活动以所选年度为蓝本复制：活动板块、主办单位、宣传标语、工作要求和统计指标，日期顺延到新的年度。文号留空，待新通知印发后填写。复制的活动重新设为未开始，不含实际数据。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制自</translation>
    </message>
    <message>
        <source>Into year</source>
        <translation>新年度</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>未创建：%1</translation>
    </message>
    <message>
        <source>The campaign was created but cannot be shown: %1</source>
        <translation>活动年度已创建，但无法显示：%1</translation>
    </message>
</context>
<context>
    <name>NoticeCampaign</name>
    <message>
        <source>The local notice will be stored with the %1 campaign, next to its national notice.</source>
        <translation>该地方通知将存入 %1 年度活动，与全国通知并列。</translation>
    </message>
    <message>
        <source>The file already has a campaign for %1.</source>
        <translation>文件中已有 %1 年度的活动。</translation>
    </message>
    <message>
        <source>A new campaign for %1 will be created.</source>
        <translation>将新建 %1 年度活动。</translation>
    </message>
</context>
<context>
    <name>NoticeContent</name>
    <message>
        <source>This is not a Quality Month notice: neither its title (关于开展…年…“质量月”活动的通知) nor its year was found.</source>
        <translation>这不是“质量月”活动通知：既未找到标题（关于开展…年…“质量月”活动的通知），也未找到年份。</translation>
    </message>
    <message>
        <source>The notice&apos;s year is missing or not a year between 1978 and 2100.</source>
        <translation>通知缺少年份，或年份不在 1978 至 2100 之间。</translation>
    </message>
    <message>
        <source>The notice names no theme (活动主题). Enter the theme before creating the campaign.</source>
        <translation>通知中没有活动主题。请先填写活动主题，再创建年度活动。</translation>
    </message>
    <message>
        <source>The month “%1” is not a month; write it as 2021-09.</source>
        <translation>“%1”不是有效月份，请按 2021-09 的格式填写。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date; write it as 2021-08-20.</source>
        <translation>“%1”不是有效日期，请按 2021-08-20 的格式填写。</translation>
    </message>
</context>
<context>
    <name>NoticeFile</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 is too large for a notice.</source>
        <translation>%1 过大，不像是一份通知。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This build reads notices from .txt files only; paste the text of %1 instead.</source>
        <translation>此版本只能读取 .txt 格式的通知，请改为粘贴 %1 的文字。</translation>
    </message>
    <message>
        <source>%1 contains no text (an image-only scan cannot be read; paste the text instead).</source>
        <translation>%1 中没有文字（纯图片的扫描件无法读取，请改为粘贴文字）。</translation>
    </message>
    <message>
        <source>Notices (*.txt *.docx *.odt *.pdf *.doc *.wps);;All files (*)</source>
        <translation>通知 (*.txt *.docx *.odt *.pdf *.doc *.wps);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>NoticeImportDialog</name>
    <message>
        <source>Recognise…</source>
        <translation>识别…</translation>
    </message>
    <message>
        <source>New Campaign from Notice</source>
        <translation>从通知新建年度活动</translation>
    </message>
    <message>
        <source>Paste the text of this year&apos;s 质量月 notice (national, provincial or prefectural), or open it as a file. The next step shows what was recognised, next to the sentence it came from, for you to correct. Nothing is written to the file before you create the campaign.</source>
        <translation>粘贴今年“质量月”活动通知（全国、省级或市级）的全文，或打开通知文件。下一步将逐项列出识别结果及其出处原句，供您核对修改。在您创建年度活动之前，不会向文件写入任何内容。</translation>
    </message>
    <message>
        <source>关于开展20XX年全国“质量月”活动的通知 …</source>
        <translation>关于开展20XX年全国“质量月”活动的通知 …</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open Notice</source>
        <translation>打开通知</translation>
    </message>
</context>
<context>
    <name>NoticeReviewDialog</name>
    <message>
        <source>Create Campaign</source>
        <translation>创建年度活动</translation>
    </message>
    <message>
        <source>Review the Notice</source>
        <translation>核对通知识别结果</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recognised value (editable)</source>
        <translation>识别结果（可修改）</translation>
    </message>
    <message>
        <source>From the notice</source>
        <translation>通知原文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Number of issuing bodies</source>
        <translation>联合发文部门数</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>活动主题</translation>
    </message>
    <message>
        <source>Month (yyyy-MM)</source>
        <translation>活动月份（yyyy-MM）</translation>
    </message>
    <message>
        <source>Issued on (yyyy-MM-dd)</source>
        <translation>成文日期（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>Summary due (yyyy-MM-dd)</source>
        <translation>总结报送截止（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>Summary goes to</source>
        <translation>总结报送单位</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>活动内容 %1</translation>
    </message>
    <message>
        <source>Pillar %1 short name</source>
        <translation>活动内容 %1 简称</translation>
    </message>
    <message>
        <source>Requirement %1</source>
        <translation>活动要求 %1</translation>
    </message>
    <message>
        <source>Organizer %1</source>
        <translation>主办单位 %1</translation>
    </message>
    <message>
        <source>Slogan %1</source>
        <translation>口号 %1</translation>
    </message>
    <message>
        <source>National notice</source>
        <translation>全国通知</translation>
    </message>
    <message>
        <source>Provincial notice</source>
        <translation>省级通知</translation>
    </message>
    <message>
        <source>Prefectural notice</source>
        <translation>市级通知</translation>
    </message>
    <message>
        <source>County notice</source>
        <translation>县级通知</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不沿用</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The unit and its departments belong to the file and serve every campaign.</source>
        <translation>本单位信息和科室属于整个文件，各年度活动通用。</translation>
    </message>
    <message>
        <source>This is a</source>
        <translation>通知级别</translation>
    </message>
    <message>
        <source>Start with the metrics of</source>
        <translation>沿用统计指标自</translation>
    </message>
    <message>
        <source>(not in the notice)</source>
        <translation>（通知中未找到）</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>未创建：%1</translation>
    </message>
    <message>
        <source>The campaign was created but cannot be shown: %1</source>
        <translation>年度活动已创建，但无法显示：%1</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The document could not be written: %1</source>
        <translation>无法写入文档：%1</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Delete clears the date.</source>
        <translation>按 Delete 键清除日期。</translation>
    </message>
</context>
<context>
    <name>OrganizerListModel</name>
    <message>
        <source>Organizer</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Main activities</source>
        <translation>主要活动</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>%1 cannot be imported: a newer package from %2 was already imported.</source>
        <translation>%1 无法导入：已导入过%2的较新数据包。</translation>
    </message>
</context>
<context>
    <name>PackageJobRunner</name>
    <message>
        <source>A package export or import is already running.</source>
        <translation>已有报送包正在导出或导入。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <source>The consolidated summary is written as PDF, XLSX, ODT or DOCX, not %1.</source>
        <translation>汇总报告只能保存为 PDF、XLSX、ODT 或 DOCX 文件，不能保存为 %1。</translation>
    </message>
</context>
<context>
    <name>PackageManifest</name>
    <message>
        <source>its manifest.json is not readable JSON (%1)</source>
        <translation>其 manifest.json 不是可读取的 JSON（%1）</translation>
    </message>
    <message>
        <source>its manifest.json does not describe a Campaign Planner report package</source>
        <translation>其 manifest.json 描述的不是质量月活动管理的上报数据包</translation>
    </message>
    <message>
        <source>it was made by a newer version of Campaign Planner (package format %1; this version reads format %2). Please update the program.</source>
        <translation>该数据包由更新版本的质量月活动管理生成（数据包格式 %1；本版本支持格式 %2）。请升级本程序。</translation>
    </message>
    <message>
        <source>its package format version (%1) is unknown</source>
        <translation>其数据包格式版本（%1）无法识别</translation>
    </message>
    <message>
        <source>its manifest.json names no sending unit or no date</source>
        <translation>其 manifest.json 未注明报送单位或日期</translation>
    </message>
    <message>
        <source>its manifest.json lists a file without a valid name, size or SHA-256</source>
        <translation>其 manifest.json 中列出的文件缺少有效的名称、大小或 SHA-256 校验值</translation>
    </message>
    <message>
        <source>its manifest.json is damaged: %1</source>
        <translation>其 manifest.json 已损坏：%1</translation>
    </message>
    <message>
        <source>activity “%1” names evidence that is not in the package</source>
        <translation>活动“%1”所列的佐证材料不在数据包中</translation>
    </message>
    <message>
        <source>its manifest.json lists activity “%1” twice</source>
        <translation>其 manifest.json 重复列出了活动“%1”</translation>
    </message>
    <message>
        <source>an activity has no id or no title</source>
        <translation>有一项活动缺少标识或活动内容</translation>
    </message>
    <message>
        <source>activity “%1” has an unknown status</source>
        <translation>活动“%1”的状态无法识别</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <source>Send to the upper level</source>
        <translation>向上级报送</translation>
    </message>
    <message>
        <source>Export report package…</source>
        <translation>导出上报数据包…</translation>
    </message>
    <message>
        <source>Packages from subordinate units</source>
        <translation>下级单位报送的数据包</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>Checksums are verified before anything is stored; a newer package from the same unit replaces its earlier one.</source>
        <translation>保存前先核验校验和；同一单位较新的数据包将替换其先前报送的数据包。</translation>
    </message>
    <message>
        <source>Export report package</source>
        <translation>导出上报数据包</translation>
    </message>
    <message>
        <source>Zip packages (*.zip)</source>
        <translation>Zip 数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Import report package</source>
        <translation>导入上报数据包</translation>
    </message>
    <message numerus="yes">
        <source>The package holds the summary (PDF and XLSX), the plan and %n chosen evidence file(s) (%1), in folders per pillar and activity, with a manifest of checksums.</source>
        <translation>
            <numerusform>数据包包含活动总结（PDF 和 XLSX）、实施方案以及所选的 %n 个佐证材料（%1），按活动板块和活动分文件夹存放，并附校验和清单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the report package…</source>
        <translation>正在写入上报数据包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Checking and importing the package…</source>
        <translation>正在检查并导入数据包…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n activities imported</source>
        <translation>
            <numerusform>%1：已导入 %n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Export consolidated summary…</source>
        <translation>导出汇总报告…</translation>
    </message>
    <message>
        <source>The summary across this unit and every imported one, as PDF, Excel or an editable document</source>
        <translation>本单位及各下级单位的汇总报告，可保存为 PDF、Excel 或可编辑文档</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Editable documents (*.odt)</source>
        <translation>可编辑文档 (*.odt)</translation>
    </message>
    <message>
        <source>Export consolidated summary</source>
        <translation>导出汇总报告</translation>
    </message>
    <message>
        <source>Writing the consolidated summary…</source>
        <translation>正在生成汇总报告…</translation>
    </message>
    <message>
        <source>Import unit&apos;s table…</source>
        <translation>导入下级单位表格…</translation>
    </message>
    <message>
        <source>A unit that does not use this program sends its plan or summary as an Excel, WPS, Word or CSV table: its rows become that unit&apos;s activities</source>
        <translation>未使用本程序的单位以 Excel、WPS、Word 或 CSV 表格报送方案或总结：表中各行作为该单位的活动导入</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Units on %1, live, and packages of units that stay offline</source>
        <translation>%1 上各单位的实时数据，以及离线单位报送的数据包</translation>
    </message>
    <message>
        <source>A unit&apos;s row and activities follow its changes as they are saved on the server. Packages of units that stay offline are imported into the server with &quot;campaign-planner import ADDRESS --from PACKAGE.zip&quot;.</source>
        <translation>各单位在服务器上保存修改后，其汇总行和活动列表随即更新。离线单位的数据包请用命令“campaign-planner import 服务器地址 --from 数据包.zip”导入服务器。</translation>
    </message>
    <message>
        <source>On a shared server, packages and tables are imported with the command line</source>
        <translation>连接共享服务器时，数据包和表格请通过命令行导入</translation>
    </message>
    <message>
        <source>Reading the units from %1…</source>
        <translation>正在从 %1 读取各单位数据…</translation>
    </message>
    <message>
        <source>The units are still being read from %1.</source>
        <translation>仍在从 %1 读取各单位数据，请稍候。</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 无法导入：%2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the zip file is incomplete or damaged (truncated?)</source>
        <translation>zip 文件不完整或已损坏（可能被截断）</translation>
    </message>
    <message>
        <source>it is not a zip file</source>
        <translation>不是 zip 文件</translation>
    </message>
    <message>
        <source>the zip file is damaged</source>
        <translation>zip 文件已损坏</translation>
    </message>
    <message>
        <source>it holds more than %1 files</source>
        <translation>包含的文件超过 %1 个</translation>
    </message>
    <message>
        <source>it contains an unsafe file name “%1” (absolute or leading outside the package)</source>
        <translation>包含不安全的文件名“%1”（绝对路径或指向数据包以外）</translation>
    </message>
    <message>
        <source>“%1” would unpack to %2 MB from %3 KB, beyond the safety limits (zip bomb?)</source>
        <translation>“%1”将从 %3 KB 解压为 %2 MB，超出安全限制（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>it contains “%1” twice</source>
        <translation>重复包含“%1”</translation>
    </message>
    <message>
        <source>its manifest.json is too large</source>
        <translation>其 manifest.json 过大</translation>
    </message>
    <message>
        <source>its manifest.json is damaged</source>
        <translation>其 manifest.json 已损坏</translation>
    </message>
    <message>
        <source>it has no manifest.json, so it is not a report package</source>
        <translation>缺少 manifest.json，不是上报数据包</translation>
    </message>
    <message>
        <source>“%1” is listed in the manifest but missing</source>
        <translation>“%1”已列入清单，但文件缺失</translation>
    </message>
    <message>
        <source>“%1” does not have the size the manifest gives</source>
        <translation>“%1”的大小与清单所列不符</translation>
    </message>
    <message>
        <source>“%1” is not listed in the manifest</source>
        <translation>“%1”未列入清单</translation>
    </message>
    <message>
        <source>“%1” cannot be found</source>
        <translation>找不到“%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be read</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>The content does not match its checksum.</source>
        <translation>内容与其校验和不符。</translation>
    </message>
    <message>
        <source>the zip data is damaged (CRC error)</source>
        <translation>zip 数据已损坏（CRC 校验错误）</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>it holds %1 bytes, not the %2 the manifest gives</source>
        <translation>实际为 %1 字节，与清单所列 %2 字节不符</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The evidence file “%1” of “%2” is missing from the media folder.</source>
        <translation>“%2”的佐证材料“%1”不在附件文件夹中。</translation>
    </message>
    <message>
        <source>The evidence file “%1” in the media folder is damaged (its checksum changed).</source>
        <translation>附件文件夹中的佐证材料“%1”已损坏（校验和已改变）。</translation>
    </message>
    <message>
        <source>The package cannot be written: %1</source>
        <translation>无法写入数据包：%1</translation>
    </message>
    <message>
        <source>The package export was cancelled.</source>
        <translation>数据包导出已取消。</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>The document cannot be drawn on this device.</source>
        <translation>无法在此设备上绘制该文档。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This photo cannot be shown (%1).</source>
        <translation>无法显示此照片（%1）。</translation>
    </message>
</context>
<context>
    <name>PillarListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Delete the pillar “%1”? No activity is filed under it.</source>
        <translation>确定删除活动板块“%1”吗？该板块下没有活动。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the pillar “%1”? %n activity(s) are filed under it and will have no pillar.</source>
        <translation>
            <numerusform>确定删除活动板块“%1”吗？该板块下有 %n 项活动，删除后这些活动将不属于任何板块。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the pillar “%1”? Whether activities are filed under it could not be read (%2).</source>
        <translation>删除工作板块“%1”？无法读取是否有活动归在该板块下（%2）。</translation>
    </message>
</context>
<context>
    <name>PlanImportEditor</name>
    <message>
        <source>Nothing to import: every row is already in the plan or needs a correction first.</source>
        <translation>没有可导入的内容：各行均已在计划中，或需先更正。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n activities</source>
        <translation>
            <numerusform>导入 %n 项活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRecognizer</name>
    <message>
        <source>“%1” is not a figure; it goes to the notes</source>
        <translation>“%1”不是数字，记入备注</translation>
    </message>
    <message>
        <source>No activity name: the row is not imported</source>
        <translation>没有活动名称：此行不导入</translation>
    </message>
    <message>
        <source>The activity name is very long; it was shortened</source>
        <translation>活动名称过长，已截短</translation>
    </message>
    <message>
        <source>The date “%1” is not in %2</source>
        <translation>时间“%1”不在 %2 年</translation>
    </message>
    <message>
        <source>The date “%1” could not be read; the activity is imported without dates and keeps the text</source>
        <translation>时间“%1”无法识别：活动将不带日期导入，并保留原文</translation>
    </message>
    <message>
        <source>Not a department of this file yet, added with the import: %1</source>
        <translation>本文件中尚无此部门，导入时新增：%1</translation>
    </message>
    <message>
        <source>Already in the plan with the same name and dates</source>
        <translation>计划中已有名称和时间相同的活动</translation>
    </message>
    <message>
        <source>Same name and dates as row %1 of this table</source>
        <translation>与本表第 %1 行的名称和时间相同</translation>
    </message>
    <message>
        <source>“%1” is counted in %2, the figure %3 in %4</source>
        <translation>“%1”的单位是“%2”，而“%3”的单位是“%4”</translation>
    </message>
</context>
<context>
    <name>Publicity</name>
    <message>
        <source>Unknown kind “%1”.</source>
        <translation>未知类型“%1”。</translation>
    </message>
    <message>
        <source>--size must be A4, A3 or A2, not “%1”.</source>
        <translation>--size 必须是 A4、A3 或 A2，不能是“%1”。</translation>
    </message>
    <message>
        <source>Unknown template “%1” for %2; templates: %3</source>
        <translation>%2 没有名为“%1”的模板；可用模板：%3</translation>
    </message>
    <message>
        <source>Unknown format “%1”; use pdf or png.</source>
        <translation>未知格式“%1”；请使用 pdf 或 png。</translation>
    </message>
    <message>
        <source>China red</source>
        <translation>中国红</translation>
    </message>
    <message>
        <source>Quality blue</source>
        <translation>质量蓝</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Plain (saves ink)</source>
        <translation>素色（节省墨水）</translation>
    </message>
    <message>
        <source>The QR code needs a text or web address.</source>
        <translation>二维码需要文字或网址。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>文字过长，无法生成二维码（%1 字节）。</translation>
    </message>
</context>
<context>
    <name>Publicity::PublicityDocument</name>
    <message>
        <source>Theme and pillars</source>
        <translation>主题与活动板块</translation>
    </message>
    <message>
        <source>One slogan</source>
        <translation>单条标语</translation>
    </message>
    <message>
        <source>Event notice</source>
        <translation>活动通知</translation>
    </message>
    <message>
        <source>One slogan per sheet</source>
        <translation>每页一条标语</translation>
    </message>
    <message>
        <source>Long banner, tiled</source>
        <translation>长横幅（分页拼接）</translation>
    </message>
    <message>
        <source>Notice attachment</source>
        <translation>通知附件</translation>
    </message>
    <message>
        <source>The picture %1 does not exist.</source>
        <translation>图片 %1 不存在。</translation>
    </message>
    <message>
        <source>The picture %1 cannot be read: %2</source>
        <translation>无法读取图片 %1：%2</translation>
    </message>
    <message>
        <source>The campaign has no slogans.</source>
        <translation>本年度活动没有宣传标语。</translation>
    </message>
    <message>
        <source>There is no slogan %1; the campaign has %2.</source>
        <translation>没有第 %1 条标语；本年度活动共有 %2 条。</translation>
    </message>
    <message>
        <source>The chosen activity no longer exists.</source>
        <translation>所选活动已不存在。</translation>
    </message>
    <message>
        <source>The campaign has no activities to announce.</source>
        <translation>本年度活动没有可发布通知的活动。</translation>
    </message>
</context>
<context>
    <name>Publicity::PublicityWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>没有可写入的内容。</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Cannot encode page %1 as PNG.</source>
        <translation>无法将第 %1 页编码为 PNG。</translation>
    </message>
</context>
<context>
    <name>PublicityOptionsPanel</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Slogan sheet (attachment 2)</source>
        <translation>宣传标语（附件2）</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>横幅</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>Web address or text, e.g. 12315</source>
        <translation>网址或文字，例如 12315</translation>
    </message>
    <message>
        <source>Caption beside the code</source>
        <translation>二维码旁的说明文字</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料类型</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>标语</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Picture or logo</source>
        <translation>图片或标志</translation>
    </message>
    <message>
        <source>QR caption</source>
        <translation>二维码说明</translation>
    </message>
    <message>
        <source>All slogans (banners) / the first (posters)</source>
        <translation>全部标语（横幅）/ 第一条（海报）</translation>
    </message>
    <message>
        <source>The earliest activity</source>
        <translation>最早的活动</translation>
    </message>
    <message>
        <source>Choose a picture or logo</source>
        <translation>选择图片或标志</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>PublicityPage</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Save PNG (300 dpi)…</source>
        <translation>保存 PNG（300 dpi）…</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>页面设置…</translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation>宣传标语</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>物料类型</translation>
    </message>
    <message>
        <source>The slogans could not be saved: %1</source>
        <translation>无法保存宣传标语：%1</translation>
    </message>
    <message>
        <source>Slogans saved.</source>
        <translation>宣传标语已保存。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save PNG</source>
        <translation>保存 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <source>The pillar no longer exists.</source>
        <translation>该活动板块已不存在。</translation>
    </message>
    <message>
        <source>The pillar cannot move there.</source>
        <translation>活动板块不能移动到该位置。</translation>
    </message>
    <message>
        <source>Add pillar “%1”</source>
        <translation>添加活动板块“%1”</translation>
    </message>
    <message>
        <source>Edit pillar “%1”</source>
        <translation>修改活动板块“%1”</translation>
    </message>
    <message>
        <source>Delete pillar “%1”</source>
        <translation>删除活动板块“%1”</translation>
    </message>
    <message>
        <source>Move pillar “%1”</source>
        <translation>移动活动板块“%1”</translation>
    </message>
    <message>
        <source>The metric no longer exists.</source>
        <translation>该统计指标已不存在。</translation>
    </message>
    <message>
        <source>The metric cannot move there.</source>
        <translation>统计指标不能移动到该位置。</translation>
    </message>
    <message>
        <source>Add metric “%1”</source>
        <translation>添加统计指标“%1”</translation>
    </message>
    <message>
        <source>Edit metric “%1”</source>
        <translation>修改统计指标“%1”</translation>
    </message>
    <message>
        <source>Delete metric “%1”</source>
        <translation>删除统计指标“%1”</translation>
    </message>
    <message>
        <source>Move metric “%1”</source>
        <translation>移动统计指标“%1”</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>The department cannot move there.</source>
        <translation>部门不能移动到该位置。</translation>
    </message>
    <message>
        <source>Add department “%1”</source>
        <translation>添加部门“%1”</translation>
    </message>
    <message>
        <source>Rename department “%1”</source>
        <translation>重命名部门“%1”</translation>
    </message>
    <message>
        <source>Archive department “%1”</source>
        <translation>归档部门“%1”</translation>
    </message>
    <message>
        <source>Restore department “%1”</source>
        <translation>恢复部门“%1”</translation>
    </message>
    <message>
        <source>Delete department “%1”</source>
        <translation>删除部门“%1”</translation>
    </message>
    <message>
        <source>Move department “%1”</source>
        <translation>移动部门“%1”</translation>
    </message>
    <message>
        <source>The organizer no longer exists.</source>
        <translation>该主办单位已不存在。</translation>
    </message>
    <message>
        <source>The organizer cannot move there.</source>
        <translation>主办单位不能移动到该位置。</translation>
    </message>
    <message>
        <source>Add organizer “%1”</source>
        <translation>添加主办单位“%1”</translation>
    </message>
    <message>
        <source>Edit organizer “%1”</source>
        <translation>修改主办单位“%1”</translation>
    </message>
    <message>
        <source>Delete organizer “%1”</source>
        <translation>删除主办单位“%1”</translation>
    </message>
    <message>
        <source>Move organizer “%1”</source>
        <translation>移动主办单位“%1”</translation>
    </message>
    <message>
        <source>The requirement no longer exists.</source>
        <translation>该工作要求已不存在。</translation>
    </message>
    <message>
        <source>The requirement cannot move there.</source>
        <translation>工作要求不能移动到该位置。</translation>
    </message>
    <message>
        <source>Add requirement “%1”</source>
        <translation>添加工作要求“%1”</translation>
    </message>
    <message>
        <source>Edit requirement “%1”</source>
        <translation>修改工作要求“%1”</translation>
    </message>
    <message>
        <source>Delete requirement “%1”</source>
        <translation>删除工作要求“%1”</translation>
    </message>
    <message>
        <source>Move requirement “%1”</source>
        <translation>移动工作要求“%1”</translation>
    </message>
    <message>
        <source>The campaign is no longer the one shown.</source>
        <translation>该年度活动已不是当前显示的活动。</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>修改%1年度活动</translation>
    </message>
    <message>
        <source>Edit unit profile</source>
        <translation>修改单位信息</translation>
    </message>
    <message>
        <source>Edit slogans</source>
        <translation>修改宣传标语</translation>
    </message>
</context>
<context>
    <name>ReferenceListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ReferenceListModel</name>
    <message>
        <source>Delete “%1”?</source>
        <translation>确定删除“%1”吗？</translation>
    </message>
    <message>
        <source>Reference data cannot be changed here.</source>
        <translation>此处不能修改基础数据。</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>New Campaign From…</source>
        <translation>基于已有年度新建活动…</translation>
    </message>
    <message>
        <source>Name of a new department</source>
        <translation>新部门名称</translation>
    </message>
    <message>
        <source>Start another year&apos;s campaign as a copy of an existing one</source>
        <translation>以已有年度活动为蓝本，新建另一年度的活动</translation>
    </message>
    <message>
        <source>Title of a new requirement</source>
        <translation>新工作要求标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>工作要求</translation>
    </message>
    <message>
        <source>Title of a new pillar</source>
        <translation>新活动板块标题</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Name of a new organizer</source>
        <translation>新主办单位名称</translation>
    </message>
    <message>
        <source>Main activities</source>
        <translation>主要活动</translation>
    </message>
    <message>
        <source>Name of a new metric</source>
        <translation>新统计指标名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>年度活动</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>活动板块</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>统计指标</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未能撤销：%1</translation>
    </message>
</context>
<context>
    <name>ReferenceRules</name>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>年度必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The file already has a campaign for %1.</source>
        <translation>本文件中已有%1年度的活动。</translation>
    </message>
    <message>
        <source>A campaign needs a title.</source>
        <translation>请填写活动标题。</translation>
    </message>
    <message>
        <source>The campaign cannot end (%1) before it starts (%2).</source>
        <translation>活动结束日期（%1）不能早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The summary deadline (%1) cannot be before the campaign starts (%2).</source>
        <translation>总结报送截止日期（%1）不能早于活动开始日期（%2）。</translation>
    </message>
    <message>
        <source>The unit needs a name; it is printed on plans and summaries.</source>
        <translation>请填写单位名称；该名称将印在实施方案和活动总结上。</translation>
    </message>
    <message>
        <source>A pillar needs a title.</source>
        <translation>请填写活动板块标题。</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use the form #rrggbb.</source>
        <translation>“%1”不是有效颜色；请使用 #rrggbb 格式。</translation>
    </message>
    <message>
        <source>The campaign already has a pillar titled “%1”.</source>
        <translation>本年度活动已有标题为“%1”的活动板块。</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>请填写指标名称。</translation>
    </message>
    <message>
        <source>The campaign already counts “%1”.</source>
        <translation>本年度活动已有统计指标“%1”。</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>请填写部门名称。</translation>
    </message>
    <message>
        <source>A department named “%1” already exists.</source>
        <translation>已存在名为“%1”的部门。</translation>
    </message>
    <message>
        <source>An organizer needs a name.</source>
        <translation>请填写主办单位名称。</translation>
    </message>
    <message>
        <source>“%1” is already an organizer of this campaign.</source>
        <translation>“%1”已是本年度活动的主办单位。</translation>
    </message>
    <message>
        <source>A requirement needs a title.</source>
        <translation>请填写工作要求标题。</translation>
    </message>
    <message>
        <source>The campaign already has the requirement “%1”.</source>
        <translation>本年度活动已有工作要求“%1”。</translation>
    </message>
</context>
<context>
    <name>RemovalRows</name>
    <message>
        <source>The item is no longer in the file.</source>
        <translation>该项已不在文件中。</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Unknown report kind or format: %1 %2</source>
        <translation>未知的报告类型或格式：%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportSectionModel</name>
    <message>
        <source>Rename Section</source>
        <translation>重命名部分</translation>
    </message>
    <message>
        <source>Edit Summary Text</source>
        <translation>编辑总结正文</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>每个部分都需要标题。</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>删除部分</translation>
    </message>
    <message>
        <source>Move Section</source>
        <translation>移动部分</translation>
    </message>
    <message>
        <source>Regenerate Draft</source>
        <translation>重新生成初稿</translation>
    </message>
</context>
<context>
    <name>ReportSectionRepository</name>
    <message>
        <source>A section needs a heading.</source>
        <translation>请填写章节标题。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Group by pillar</source>
        <translation>按活动板块分组</translation>
    </message>
    <message>
        <source>Location column</source>
        <translation>地点列</translation>
    </message>
    <message>
        <source>Include dashboard charts</source>
        <translation>包含总览图表</translation>
    </message>
    <message>
        <source>Implementation plan (实施方案)</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Activity summary (活动总结)</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Implementation plan</source>
        <translation>实施方案</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>活动总结</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>The report photos could not be read: %1</source>
        <translation>无法读取报告所用的照片：%1</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>无法读取佐证材料：%1</translation>
    </message>
</context>
<context>
    <name>RequirementListModel</name>
    <message>
        <source>Requirement</source>
        <translation>工作要求</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>SaveCopy</name>
    <message>
        <source>Save As was cancelled; no copy was written.</source>
        <translation>已取消另存为，未写入副本。</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Insert at cursor</source>
        <translation>插入到光标处</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Write this section here, or insert draft sentences from the right.</source>
        <translation>在此撰写本章节，或从右侧插入根据数据生成的参考语句。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Regenerate draft…</source>
        <translation>重新生成初稿…</translation>
    </message>
    <message>
        <source>First draft, written from the activities and their figures. It follows them until you change a sentence or choose “Regenerate draft”; then it is kept in the file. Replace every 【请填写：…】 before sending.</source>
        <translation>这是根据活动和数据自动撰写的初稿。在您修改任何一句或选择“重新生成初稿”之前，它会随数据更新；之后将保存在文件中。报送前请替换所有【请填写：…】。</translation>
    </message>
    <message>
        <source>Draft paragraphs from the figures</source>
        <translation>根据数据生成的初稿段落</translation>
    </message>
    <message>
        <source>Write every section anew from the current activities and figures</source>
        <translation>根据当前活动和数据重新撰写每个部分</translation>
    </message>
    <message>
        <source>Regenerate draft</source>
        <translation>重新生成初稿</translation>
    </message>
    <message>
        <source>Replace the text of every section with a new draft written from the current activities and figures?

Your text can be brought back with Edit › Undo.</source>
        <translation>用根据当前活动和数据撰写的新初稿替换每个部分的正文？

可通过“编辑 › 撤销”恢复您的文字。</translation>
    </message>
</context>
<context>
    <name>ServerActivities</name>
    <message>
        <source>cannot read the activities from the server: %1</source>
        <translation>无法从服务器读取活动：%1</translation>
    </message>
    <message>
        <source>an activity with evidence cannot be removed on the shared server; remove its evidence first</source>
        <translation>共享服务器上不能删除带有佐证材料的活动，请先删除其佐证材料</translation>
    </message>
    <message>
        <source>the server refused the change: %1</source>
        <translation>服务器拒绝了修改：%1</translation>
    </message>
</context>
<context>
    <name>ServerActivityEdit</name>
    <message>
        <source>%1 is not a column of an activity</source>
        <translation>%1 不是活动的字段</translation>
    </message>
    <message>
        <source>cannot read the activity: %1</source>
        <translation>无法读取活动：%1</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>没有要修改的内容</translation>
    </message>
    <message>
        <source>the change was refused: %1</source>
        <translation>修改被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>ServerActivityHistory</name>
    <message>
        <source>cannot read the activity&apos;s history: %1</source>
        <translation>无法读取活动的修改记录：%1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address (postgresql://user@host:port/dbname)</source>
        <translation>%1 不是服务器地址（postgresql://用户@主机:端口/数据库名）</translation>
    </message>
    <message>
        <source>a password does not belong in the server address; use PGPASSWORD or ~/.pgpass</source>
        <translation>服务器地址中不能写密码；请使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>%1: unterminated [ in the host</source>
        <translation>%1：主机名中的 [ 没有闭合</translation>
    </message>
    <message>
        <source>%1: the port must be a number from 1 to 65535</source>
        <translation>%1：端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1: the option %2 is not accepted in a server address</source>
        <translation>%1：服务器地址中不接受选项 %2</translation>
    </message>
    <message>
        <source>%1: the value of %2 is empty or contains a space, &apos;;&apos;, quote or backslash</source>
        <translation>%1：%2 的值为空，或含有空格、“;”、引号或反斜杠</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2</source>
        <translation>%1：sslmode 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>%1: the address names no database (…/dbname)</source>
        <translation>%1：地址中没有数据库名（…/数据库名）</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>a unit needs a name</source>
        <translation>单位必须有名称</translation>
    </message>
    <message>
        <source>the level must be county, prefecture or province, not %1</source>
        <translation>层级必须是 county（县级）、prefecture（市级）或 province（省级），而不是 %1</translation>
    </message>
    <message>
        <source>a province has no parent unit</source>
        <translation>省级单位没有上级单位</translation>
    </message>
    <message>
        <source>a %1 needs its parent unit (--parent NAME)</source>
        <translation>%1 级单位需要指定上级单位（--parent 名称）</translation>
    </message>
    <message>
        <source>the unit %1 already exists</source>
        <translation>单位 %1 已存在</translation>
    </message>
    <message>
        <source>there is no unit %1</source>
        <translation>没有单位 %1</translation>
    </message>
    <message>
        <source>a %1 cannot belong to the %2 %3</source>
        <translation>%1 级单位不能隶属于 %2 级单位 %3</translation>
    </message>
    <message>
        <source>cannot add the unit %1: %2</source>
        <translation>无法添加单位 %1：%2</translation>
    </message>
    <message>
        <source>a user name is 1 to 63 lower-case letters, digits or _, starting with a letter: %1</source>
        <translation>用户名须为 1 到 63 个小写字母、数字或 _，并以字母开头：%1</translation>
    </message>
    <message>
        <source>the user name %1 is reserved</source>
        <translation>用户名 %1 为保留名称</translation>
    </message>
    <message>
        <source>the user %1 already exists</source>
        <translation>用户 %1 已存在</translation>
    </message>
    <message>
        <source>cannot create the user %1: %2</source>
        <translation>无法创建用户 %1：%2</translation>
    </message>
    <message>
        <source>cannot tie %1 to %2: %3</source>
        <translation>无法将 %1 归属到 %2：%3</translation>
    </message>
    <message>
        <source>cannot read the units: %1</source>
        <translation>无法读取单位：%1</translation>
    </message>
</context>
<context>
    <name>ServerApply</name>
    <message>
        <source>cannot read %1 from the copy: %2</source>
        <translation>无法从副本读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 changed on the server while the command ran; nothing was written. Run it again.</source>
        <translation>命令运行期间服务器上的 %1 已被他人修改，未写入任何内容。请重新运行。</translation>
    </message>
    <message>
        <source>%1 was not accepted: %2</source>
        <translation>服务器未接受 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServerChangeFeed</name>
    <message>
        <source>cannot listen for other users&apos; changes: %1</source>
        <translation>无法接收其他用户的修改通知：%1</translation>
    </message>
    <message>
        <source>cannot read the history of changes: %1</source>
        <translation>无法读取修改记录：%1</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>与服务器的连接已断开</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>cannot connect to the server again: %1</source>
        <translation>无法重新连接服务器：%1</translation>
    </message>
</context>
<context>
    <name>ServerConsolidationRows</name>
    <message>
        <source>cannot read the units from the server: %1</source>
        <translation>无法从服务器读取各单位的数据：%1</translation>
    </message>
    <message>
        <source>there is no campaign on the server yet that %1 may read (campaign-planner push FILE ADDRESS uploads a unit&apos;s file)</source>
        <translation>服务器上还没有%1可读取的年度活动（campaign-planner push 文件 地址 可上传一个单位的文件）</translation>
    </message>
    <message>
        <source>%1 may not read the data of the unit %2 (or there is no such unit)</source>
        <translation>%1无权读取编号为%2的单位的数据（或没有该单位）</translation>
    </message>
</context>
<context>
    <name>ServerPull</name>
    <message>
        <source>piece %1 is missing</source>
        <translation>缺少第 %1 段内容</translation>
    </message>
    <message>
        <source>%1 already exists; pull never overwrites a file unless told to (--force)</source>
        <translation>%1 已存在；除非指定 --force，pull 不会覆盖已有文件</translation>
    </message>
    <message>
        <source>the unit has no campaign data on the server yet (campaign-planner push FILE ADDRESS uploads a file)</source>
        <translation>该单位在服务器上还没有活动数据（可用 campaign-planner push 文件 地址 上传文件）</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot read %1 from the server: %2</source>
        <translation>无法从服务器读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1 into the file: %2</source>
        <translation>无法将 %1 写入文件：%2</translation>
    </message>
    <message>
        <source>cannot read the evidence file %1 from the server: %2</source>
        <translation>无法从服务器读取佐证材料 %1：%2</translation>
    </message>
    <message>
        <source>the server has no content for the evidence file %1</source>
        <translation>服务器上没有佐证材料 %1 的内容</translation>
    </message>
</context>
<context>
    <name>ServerPush</name>
    <message>
        <source>the server refused: this user may write only its own unit&apos;s data (%1)</source>
        <translation>服务器拒绝：该用户只能写入本单位的数据（%1）</translation>
    </message>
    <message>
        <source>the evidence file %1 is missing from %2; run campaign-planner check</source>
        <translation>%2 中缺少佐证材料 %1；请运行 campaign-planner check</translation>
    </message>
    <message>
        <source>the evidence file %1 cannot be read: %2</source>
        <translation>无法读取佐证材料 %1：%2</translation>
    </message>
    <message>
        <source>the evidence file %1 was not accepted: %2</source>
        <translation>服务器未接受佐证材料 %1：%2</translation>
    </message>
    <message>
        <source>the evidence file %1 is damaged (its content no longer matches its checksum); run campaign-planner check</source>
        <translation>佐证材料 %1 已损坏（内容与校验值不符）；请运行 campaign-planner check</translation>
    </message>
    <message>
        <source>cannot read %1 from the file: %2</source>
        <translation>无法从文件读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not accepted: %2</source>
        <translation>服务器未接受 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1 from the file: it changed while read</source>
        <translation>无法从文件读取 %1：读取期间文件被修改</translation>
    </message>
    <message>
        <source>the file&apos;s %1 names a %2 it does not hold; run campaign-planner check</source>
        <translation>文件的 %1 引用了文件中不存在的 %2；请运行 campaign-planner check</translation>
    </message>
    <message>
        <source>the server gave too few ids for %1</source>
        <translation>服务器为 %1 分配的编号不足</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>the database %1 was not made by Campaign Planner (run: campaign-planner server init)</source>
        <translation>数据库 %1 不是由质量月活动管理创建的（请先运行：campaign-planner server init）</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, made by a newer Campaign Planner (this one knows up to %3)</source>
        <translation>数据库 %1 的结构版本为 %2，由更新版本的质量月活动管理创建（本程序最高支持 %3）</translation>
    </message>
    <message>
        <source>schema step %1 is missing from the program</source>
        <translation>程序中缺少数据库结构第 %1 步</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>数据库结构第 %1 步失败：%2</translation>
    </message>
    <message>
        <source>cannot read the schema: %1</source>
        <translation>无法读取数据库结构：%1</translation>
    </message>
</context>
<context>
    <name>ServerTransaction</name>
    <message>
        <source>cannot begin a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <source>the change was not saved: %1</source>
        <translation>修改未保存：%1</translation>
    </message>
</context>
<context>
    <name>ServerUnits</name>
    <message>
        <source>cannot read the units: %1</source>
        <translation>无法读取单位：%1</translation>
    </message>
    <message>
        <source>the user %1 belongs to no unit (campaign-planner server add-user … --unit NAME)</source>
        <translation>用户 %1 不属于任何单位（campaign-planner server add-user … --unit 单位名称）</translation>
    </message>
    <message>
        <source>there is no unit %1 on the server</source>
        <translation>服务器上没有单位 %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
</context>
<context>
    <name>SharedSession</name>
    <message>
        <source>On a shared server the window changes activities only; the unit&apos;s other data is changed in a file and pushed (campaign-planner push).</source>
        <translation>在共享服务器上，窗口中只能修改活动；本单位的其他数据请在活动文件中修改后上传（campaign-planner push）。</translation>
    </message>
    <message>
        <source>On a shared server this import would add departments or pillars, which the window does not write to the server yet; import with the command line (campaign-planner import ADDRESS --from FILE).</source>
        <translation>在共享服务器上，此次导入会新增部门或活动板块，窗口暂不能将其写入服务器；请用命令行导入（campaign-planner import 地址 --from 文件）。</translation>
    </message>
</context>
<context>
    <name>SharedWindow</name>
    <message>
        <source>cannot make a folder for the local copy: %1</source>
        <translation>无法为本地副本创建文件夹：%1</translation>
    </message>
    <message>
        <source>Shared Server</source>
        <translation>共享服务器</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>未输入 %1 的密码</translation>
    </message>
    <message numerus="yes">
        <source>%n activities changed by others on the server</source>
        <translation>
            <numerusform>其他人在服务器上修改了 %n 项活动</numerusform>
        </translation>
    </message>
    <message>
        <source>The shared server cannot be reached: %1</source>
        <translation>无法连接共享服务器：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the shared server again; %n activities changed by others meanwhile</source>
        <translation>
            <numerusform>已重新连接共享服务器；断开期间其他人修改了 %n 项活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SloganEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>逐行粘贴</translation>
    </message>
    <message>
        <source>Add one slogan per line from the clipboard; numbers such as “1.” are dropped.</source>
        <translation>从剪贴板逐行添加标语，每行一条；“1.”之类的序号会被去掉。</translation>
    </message>
</context>
<context>
    <name>SloganListModel</name>
    <message>
        <source>Slogans cannot be changed here.</source>
        <translation>此处不能修改宣传标语。</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>The file holds no campaign.</source>
        <translation>文件中没有活动年度。</translation>
    </message>
    <message>
        <source>The file has no campaign for %1.</source>
        <translation>文件中没有%1年度的活动。</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>This installation mixes two SQLite libraries (Qt&apos;s driver uses %1, the program %2); it cannot open campaign files safely. Reinstall Campaign Planner and its Qt packages from the same release.</source>
        <translation>此安装混用了两个 SQLite 库（Qt 驱动使用 %1，程序使用 %2），无法安全地打开活动文件。请从同一版本重新安装“质量月活动管理”及其 Qt 软件包。</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>未知版本</translation>
    </message>
</context>
<context>
    <name>StreamCopy</name>
    <message>
        <source>The data is longer than it claims to be.</source>
        <translation>数据长度超出其声明的长度。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>SubordinateActivityModel</name>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>活动板块</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>SubordinateRepository</name>
    <message>
        <source>A newer package from %1 (made %2) was already imported; this one is older and was not imported.</source>
        <translation>已导入来自%1的较新数据包（生成于 %2）；此数据包较旧，未予导入。</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>No lead department</source>
        <translation>无牵头部门</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>未归入活动板块</translation>
    </message>
</context>
<context>
    <name>TableLoadTask</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Reading was cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>The last quoted field is not closed; the file may be cut off.</source>
        <translation>最后一个带引号的字段没有结束，文件可能不完整。</translation>
    </message>
    <message>
        <source>The table has more than %1 columns.</source>
        <translation>表格超过 %1 列。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is too large (more than %1 MB).</source>
        <translation>文件过大（超过 %1 MB）。</translation>
    </message>
    <message>
        <source>This file is password-protected; remove the password and try again.</source>
        <translation>此文件有密码保护，请先去除密码再导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The table has more than %1 rows.</source>
        <translation>表格超过 %1 行。</translation>
    </message>
    <message>
        <source>The table is too large (%1 rows by %2 columns) to import.</source>
        <translation>表格过大（%1 行 × %2 列），无法导入。</translation>
    </message>
    <message>
        <source>Reading .%1 files needs LibreOffice; install the Debian package %2.</source>
        <translation>读取 .%1 文件需要 LibreOffice，请安装 Debian 软件包 %2。</translation>
    </message>
    <message>
        <source>The file cannot be copied for conversion.</source>
        <translation>无法复制文件以进行转换。</translation>
    </message>
    <message>
        <source>LibreOffice could not be started.</source>
        <translation>无法启动 LibreOffice。</translation>
    </message>
    <message>
        <source>LibreOffice took too long to convert the file.</source>
        <translation>LibreOffice 转换文件超时。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the file (it may be damaged or password-protected).</source>
        <translation>LibreOffice 无法转换此文件（文件可能已损坏或有密码保护）。</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>PDF 文件已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The PDF has no text layer (it is a scan or an image); ask for the original document or a text PDF.</source>
        <translation>此 PDF 没有文字层（是扫描件或图片），请索取原文档或可复制文字的 PDF。</translation>
    </message>
    <message>
        <source>The file contains a document type declaration, which office documents never do; it was refused as possibly hostile.</source>
        <translation>文件中含有文档类型声明（办公文档从不包含），可能有害，已拒绝读取。</translation>
    </message>
    <message>
        <source>The file is damaged (its XML cannot be read: %1).</source>
        <translation>文件已损坏（无法读取其 XML：%1）。</translation>
    </message>
    <message>
        <source>Tables and documents (*.xlsx *.xls *.ods *.et *.csv *.txt *.docx *.odt *.doc *.wps)</source>
        <translation>表格和文档 (*.xlsx *.xls *.ods *.et *.csv *.txt *.docx *.odt *.doc *.wps)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.et)</source>
        <translation>电子表格 (*.xlsx *.xls *.ods *.et)</translation>
    </message>
    <message>
        <source>Text tables (*.csv *.txt)</source>
        <translation>文本表格 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Documents with tables (*.docx *.odt *.doc *.wps)</source>
        <translation>含表格的文档 (*.docx *.odt *.doc *.wps)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet or a document this program can read.</source>
        <translation>此文件不是本程序能读取的电子表格或文档。</translation>
    </message>
    <message>
        <source>A PDF holds no tables this program can read; open the original spreadsheet or document.</source>
        <translation>本程序无法从 PDF 中读取表格，请打开原始的电子表格或文档。</translation>
    </message>
    <message>
        <source>The file holds no table.</source>
        <translation>文件中没有表格。</translation>
    </message>
    <message>
        <source>The file is not a document this program can read (.txt, .docx, .odt, .pdf, .doc, .wps).</source>
        <translation>本程序无法读取此文件（支持 .txt、.docx、.odt、.pdf、.doc、.wps）。</translation>
    </message>
    <message>
        <source>The document holds no text.</source>
        <translation>文档中没有文字。</translation>
    </message>
    <message>
        <source>The file is too large to import (more than %1 cells in all).</source>
        <translation>文件过大，无法导入（单元格总数超过 %1）。</translation>
    </message>
    <message>
        <source>The text encoding %1 is not known.</source>
        <translation>未知的文字编码 %1。</translation>
    </message>
    <message>
        <source>Some characters could not be read as %1 and were replaced.</source>
        <translation>部分字符无法按 %1 读取，已被替换。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text although it starts like it.</source>
        <translation>文件开头标明为 %1，但内容不是有效的 %1 文本。</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet, a document or text.</source>
        <translation>此文件不是电子表格、文档或文本。</translation>
    </message>
    <message>
        <source>The file mixes text encodings (UTF-8 and GB18030); save it again in one encoding.</source>
        <translation>文件中混用了多种文字编码（UTF-8 和 GB18030），请用同一种编码重新保存。</translation>
    </message>
    <message>
        <source>The text encoding of the file cannot be recognised (neither UTF-8 nor GB18030); choose the encoding by hand.</source>
        <translation>无法识别文件的文字编码（既不是 UTF-8 也不是 GB18030），请手动选择编码。</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>无法打开文件。</translation>
    </message>
    <message>
        <source>The .xls file is damaged or crafted to harm; it was refused.</source>
        <translation>此 .xls 文件已损坏或被恶意构造，已拒绝读取。</translation>
    </message>
    <message>
        <source>The .xls file is damaged or not an Excel workbook (error %1).</source>
        <translation>此 .xls 文件已损坏或不是 Excel 工作簿（错误 %1）。</translation>
    </message>
    <message>
        <source>Merged cells in .xls files are not recognised; check group rows and merged cells, or save the file as .xlsx.</source>
        <translation>.xls 文件中的合并单元格无法识别：请核对分组行和合并单元格，或将文件另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is damaged or hostile (it holds more texts than cells).</source>
        <translation>文件已损坏或可能有害（文字条目多于单元格）。</translation>
    </message>
    <message>
        <source>The file is damaged (a cell refers to a text that does not exist).</source>
        <translation>文件已损坏（单元格引用了不存在的文字）。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (its zip structure cannot be read).</source>
        <translation>文件已损坏或不完整（无法读取其 zip 结构）。</translation>
    </message>
    <message>
        <source>The file has too many parts to be a document (possibly a zip bomb).</source>
        <translation>文件包含的部件过多，不像是文档（可能是 zip 炸弹）。</translation>
    </message>
    <message>
        <source>The file unpacks to far more data than a document holds (possibly a zip bomb).</source>
        <translation>文件解压后的数据远超文档应有的大小（可能是 zip 炸弹）。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (a part of it cannot be unpacked).</source>
        <translation>文件已损坏或不完整（部分内容无法解压）。</translation>
    </message>
    <message>
        <source>The file is damaged or not a document of its kind (it lacks %1).</source>
        <translation>文件已损坏或不是相应类型的文档（缺少 %1）。</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TimelineDocument</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Page %1 of %2 · rows %3–%4 · %5 to %6</source>
        <translation>第 %1 页，共 %2 页 · 第 %3–%4 行 · %5 至 %6</translation>
    </message>
    <message>
        <source>Could not paint the timeline into the PDF.</source>
        <translation>无法将时间进度图绘制到 PDF 中。</translation>
    </message>
    <message>
        <source>The timeline has %1 rows, too many for one picture; choose one department or export a PDF.</source>
        <translation>时间进度图共有 %1 行，无法放入一张图片；请选择一个部门，或导出为 PDF。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 picture.</source>
        <translation>内存不足，无法生成 %1 × %2 的图片。</translation>
    </message>
    <message>
        <source>Could not encode the timeline picture.</source>
        <translation>无法编码时间进度图图片。</translation>
    </message>
    <message>
        <source>The timeline is written as pdf or png, not “%1”.</source>
        <translation>时间进度图只能导出为 pdf 或 png 格式，不支持“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The timeline export was cancelled.</source>
        <translation>时间线导出已取消。</translation>
    </message>
    <message>
        <source>The timeline picture cannot be written: %1</source>
        <translation>无法写入时间线图片：%1</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>timeline</source>
        <translation>时间进度图</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>No pillar</source>
        <translation>未归入活动板块</translation>
    </message>
    <message>
        <source>No lead department</source>
        <translation>无牵头部门</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Group by pillar</source>
        <translation>按活动板块分组</translation>
    </message>
    <message>
        <source>Group by lead department</source>
        <translation>按牵头部门分组</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>%1 of %2 activities</source>
        <translation>%1 / %2 项活动</translation>
    </message>
    <message>
        <source>Change dates of “%1”</source>
        <translation>修改“%1”的日期</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>%1 timeline</source>
        <translation>%1 时间进度图</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>导出时间进度图</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Deadline %1</source>
        <translation>截止日期 %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The file is in use by another program; nothing was changed. Try again when it is closed there.</source>
        <translation>文件正被其他程序使用，未做任何更改。请在那边关闭后再试。</translation>
    </message>
    <message>
        <source>The change could not be started; nothing was changed (%1).</source>
        <translation>无法开始修改，未做任何更改（%1）。</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed (%1).</source>
        <translation>修改无法保存，未做任何更改（%1）。</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>修改无法保存，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>UnitActivityModel</name>
    <message>
        <source>Activity</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>活动板块</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>UnitProfileForm</name>
    <message>
        <source>e.g. Qinghe County Market Supervision Administration</source>
        <translation>例如：清河县市场监督管理局</translation>
    </message>
    <message>
        <source>e.g. Qinghe County, Xingtai, Hebei</source>
        <translation>例如：河北省邢台市清河县</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>The unit that owns this file. Its name is printed on plans, summaries and posters.</source>
        <translation>本文件所属单位。单位名称将印在实施方案、活动总结和海报上。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>行政区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>UnitRollUpChart</name>
    <message>
        <source>Activities by unit</source>
        <translation>各单位活动情况</translation>
    </message>
</context>
<context>
    <name>UnitTableImport</name>
    <message>
        <source>The subordinate unit needs a name.</source>
        <translation>请填写下级单位名称。</translation>
    </message>
    <message>
        <source>The table has no activity that can be imported.</source>
        <translation>表格中没有可导入的活动。</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message>
        <source>Campaign summary due (%1)</source>
        <translation>活动总结报送截止（%1）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>3 天内到期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Deadlines as of %1: %2 overdue, %3 within 3 days, %4 within 7 days</source>
        <translation>截至 %1 的截止情况：已逾期 %2 项，3 天内到期 %3 项，7 天内到期 %4 项</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Import this year&apos;s notice…</source>
        <translation>导入本年度通知…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Campaign Planner.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This file holds the %1 campaign (No. %2 national Quality Month, theme: %3). Tell us which unit you are; it appears on plans, summaries and posters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;欢迎使用质量月活动管理。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;本文件已建好%1年度活动（第%2个全国“质量月”，主题：%3）。请填写本单位信息，它将印在实施方案、活动总结和海报上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This year&apos;s campaign content is not built in; please import the notice.</source>
        <translation>本年度活动内容未内置，请导入通知</translation>
    </message>
    <message>
        <source>e.g. 某县市场监督管理局</source>
        <translation>例如：某县市场监督管理局</translation>
    </message>
    <message>
        <source>e.g. 某县</source>
        <translation>例如：某县</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>行政区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Carry over from last year&apos;s file…</source>
        <translation>从去年的文件带入…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Departments and unit from an earlier campaign file (optional).</source>
        <translation>从以前的活动文件带入部门和单位信息（可选）。</translation>
    </message>
    <message>
        <source>Last year&apos;s campaign file</source>
        <translation>去年的活动文件</translation>
    </message>
    <message>
        <source>Campaign files (*.campaign)</source>
        <translation>活动文件 (*.campaign)</translation>
    </message>
</context>
<context>
    <name>WorkbookWriter</name>
    <message>
        <source>No temporary folder for the workbook: %1</source>
        <translation>无法为工作簿创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reading the activities…</source>
        <translation>正在读取活动…</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>the disk is full, or the file is too large for it</source>
        <translation>磁盘已满，或文件超出了磁盘允许的大小</translation>
    </message>
</context>
<context>
    <name>ZipArchiveWriter</name>
    <message>
        <source>The zip file cannot be started.</source>
        <translation>无法开始写入 zip 文件。</translation>
    </message>
    <message>
        <source>The zip entry %1 cannot be started (error %2).</source>
        <translation>无法开始写入 zip 条目 %1（错误 %2）。</translation>
    </message>
    <message>
        <source>The zip entry cannot be finished (error %1).</source>
        <translation>无法完成 zip 条目的写入（错误 %1）。</translation>
    </message>
    <message>
        <source>The zip file cannot be finished (error %1).</source>
        <translation>无法完成 zip 文件的写入（错误 %1）。</translation>
    </message>
    <message>
        <source>The zip entry cannot be written.</source>
        <translation>无法写入 zip 条目。</translation>
    </message>
</context>
<context>
    <name>ZipEntryReader</name>
    <message>
        <source>it is encrypted</source>
        <translation>该文件已加密</translation>
    </message>
    <message>
        <source>the zip data cannot be unpacked</source>
        <translation>压缩数据无法解压</translation>
    </message>
    <message>
        <source>it uses a compression method other than deflate (%1)</source>
        <translation>使用了 deflate 以外的压缩方法（%1）</translation>
    </message>
    <message>
        <source>the zip data cannot be read (error %1)</source>
        <translation>无法读取压缩数据（错误 %1）</translation>
    </message>
    <message>
        <source>the zip data is damaged (the compressed data ends early)</source>
        <translation>压缩数据已损坏（压缩数据提前结束）</translation>
    </message>
    <message>
        <source>the zip data is damaged (%1)</source>
        <translation>压缩数据已损坏（%1）</translation>
    </message>
    <message>
        <source>the zip data is damaged</source>
        <translation>压缩数据已损坏</translation>
    </message>
    <message>
        <source>it unpacks to more than the %1 bytes its zip header declares (damaged or forged)</source>
        <translation>解压后超过 zip 头声明的 %1 字节（已损坏或被伪造）</translation>
    </message>
    <message>
        <source>it ends after %1 of the %2 bytes its zip header declares (damaged or forged)</source>
        <translation>只有 %1 字节，少于 zip 头声明的 %2 字节（已损坏或被伪造）</translation>
    </message>
    <message>
        <source>its CRC-32 does not match the zip header (damaged or altered)</source>
        <translation>CRC-32 与 zip 头不符（已损坏或被改动）</translation>
    </message>
</context>
</TS>
