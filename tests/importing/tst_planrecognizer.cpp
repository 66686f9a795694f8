// Recognising a plan table from plain rows: title rows above the header, a two-row header, group rows
// that set the pillar, merged lead cells, department and pillar matching, figures and duplicates.
#include "importing/ColumnRoles.h"
#include "importing/DepartmentNames.h"
#include "importing/PillarMatch.h"
#include "importing/PlanRecognizer.h"

#include <QTest>

namespace {

TableCell text(const QString& t)
{
    TableCell c;
    c.kind = t.isEmpty() ? TableCell::Kind::Empty : TableCell::Kind::Text;
    c.text = t;
    return c;
}

TableGrid grid(const QList<QStringList>& rows, const QList<QRect>& merges = {})
{
    TableGrid g;
    g.name = QStringLiteral("Sheet1");
    int width = 0;
    for (const QStringList& r : rows)
        width = qMax(width, int(r.size()));
    for (const QStringList& r : rows) {
        QList<TableCell> cells;
        for (int c = 0; c < width; ++c)
            cells << text(c < r.size() ? r.at(c) : QString());
        g.rows << cells;
    }
    g.merges = merges;
    return g;
}

ImportContext context()
{
    ImportContext c;
    c.campaign.id = 7;
    c.campaign.year = 2024;
    c.campaign.start = QDate(2024, 9, 1);
    c.campaign.end = QDate(2024, 9, 30);
    c.today = QDate(2024, 8, 20);
    c.unit.name = QStringLiteral("青山县市场监督管理局");
    c.unit.region = QStringLiteral("青山县");
    c.pillars = {
        {1, 7, 0, QStringLiteral("开展质量主题宣传，倡导质量第一意识"), QStringLiteral("质量宣传"), {}, {}},
        {2,
         7,
         1,
         QStringLiteral("深入实施质量提升行动，努力提高产品和服务质量"),
         QStringLiteral("质量提升"),
         {},
         {}},
        {3, 7, 2, QStringLiteral("强化质量安全监管，营造良好消费环境"), QStringLiteral("质量安全"), {}, {}}};
    c.metrics = {{11, 7, 0, QStringLiteral("参与人数"), QStringLiteral("人次")},
                 {12, 7, 1, QStringLiteral("发放宣传资料"), QStringLiteral("份")},
                 {13, 7, 2, QStringLiteral("悬挂横幅"), QStringLiteral("条")}};
    c.departments = {{21, 0, QStringLiteral("办公室"), false},
                     {22, 1, QStringLiteral("质量发展股"), false},
                     {23, 2, QStringLiteral("县教育局"), false},
                     {24, 3, QStringLiteral("计量所"), false}};
    Activity existing;
    existing.id = 99;
    existing.title = QStringLiteral("质量月启动仪式");
    existing.start = existing.end = QDate(2024, 9, 1);
    c.existing = {existing};
    return c;
}

} // namespace

class TestPlanRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void roles_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("role");
        QTest::newRow("序号") << QStringLiteral("序号") << int(ColumnRole::Number);
        for (const char* h : {"活动内容", "活动名称", "活动项目", "工作内容", "主要内容"})
            QTest::newRow(h) << QString::fromUtf8(h)
                             << int(QString::fromUtf8(h).contains(QStringLiteral("内容"))
                                        ? ColumnRole::Description
                                        : ColumnRole::Title);
        for (const char* h : {"活动时间", "时间", "时间安排", "起止时间"})
            QTest::newRow(h) << QString::fromUtf8(h) << int(ColumnRole::Date);
        for (const char* h : {"牵头部门", "牵头单位", "责任单位", "责任部门", "主办单位"})
            QTest::newRow(h) << QString::fromUtf8(h) << int(ColumnRole::Lead);
        for (const char* h : {"协助部门", "配合单位", "协办单位", "参与单位"})
            QTest::newRow(h) << QString::fromUtf8(h) << int(ColumnRole::Assisting);
        for (const char* h : {"活动地点", "地点"})
            QTest::newRow(h) << QString::fromUtf8(h) << int(ColumnRole::Location);
        for (const char* h : {"负责人", "联系人"})
            QTest::newRow(h) << QString::fromUtf8(h) << int(ColumnRole::Owner);
        QTest::newRow("联系电话") << QStringLiteral("联系电话") << int(ColumnRole::Phone);
        QTest::newRow("备注") << QStringLiteral("备注") << int(ColumnRole::Notes);
        QTest::newRow("参与人数") << QStringLiteral("参与人数") << int(ColumnRole::Figure);
        QTest::newRow("发放资料(份)") << QStringLiteral("发放资料（份）") << int(ColumnRole::Figure);
        QTest::newRow("unknown") << QStringLiteral("经费预算") << int(ColumnRole::Other);
    }
    void roles()
    {
        QFETCH(QString, header);
        QFETCH(int, role);
        QCOMPARE(int(ColumnRoles::roleFor(header, context().metrics).role), role);
    }

    void figureColumnsFindTheirMetric()
    {
        QCOMPARE(ColumnRoles::roleFor(QStringLiteral("发放资料(份)"), context().metrics).metricId, 12);
        QCOMPARE(ColumnRoles::roleFor(QStringLiteral("参与人数"), context().metrics).metricId, 11);
        QCOMPARE(ColumnRoles::roleFor(QStringLiteral("悬挂横幅（条）"), context().metrics).metricId, 13);
    }

    void departments()
    {
        QCOMPARE(DepartmentNames::split(QStringLiteral("县教育局、县科协，团县委;县妇联/ 县总工会 县教育局")),
                 (QStringList{QStringLiteral("县教育局"), QStringLiteral("县科协"), QStringLiteral("团县委"),
                              QStringLiteral("县妇联"), QStringLiteral("县总工会")}));
        const ImportContext c = context();
        QCOMPARE(DepartmentNames::match(QStringLiteral("办公室"), c.departments, c.unit), 21);
        QCOMPARE(DepartmentNames::match(QStringLiteral("青山县教育局"), c.departments, c.unit), 23);
        QCOMPARE(DepartmentNames::match(QStringLiteral("教育局"), c.departments, c.unit), 23);
        QCOMPARE(
            DepartmentNames::match(QStringLiteral("青山县市场监督管理局质量发展股"), c.departments, c.unit),
            22);
        QCOMPARE(DepartmentNames::match(QStringLiteral("县市场监管局质量发展股"), c.departments, c.unit), 22);
        QCOMPARE(DepartmentNames::match(QStringLiteral("县卫健局"), c.departments, c.unit), 0);
        QCOMPARE(DepartmentNames::match(QStringLiteral("市场监管局"), c.departments, c.unit), 0);
    }

    void pillars()
    {
        const QList<Pillar> p = context().pillars;
        QCOMPARE(PillarMatch::match(QStringLiteral("（一）开展质量主题宣传，倡导质量第一意识"), p), 1);
        QCOMPARE(PillarMatch::match(QStringLiteral("一、质量宣传"), p), 1);
        QCOMPARE(PillarMatch::match(QStringLiteral("(二)开展质量提升行动"), p), 2);
        QCOMPARE(PillarMatch::match(QStringLiteral("三、强化质量安全监管"), p), 3);
        QCOMPARE(PillarMatch::match(QStringLiteral("四、其他工作"), p), 0);
    }

    void wholeTable()
    {
        const TableGrid g = grid(
            {{QStringLiteral("附件1")},
             {QStringLiteral("青山县2024年“质量月”活动安排表")},
             {QStringLiteral("序号"), QStringLiteral("活动内容"), QStringLiteral("活动时间"),
              QStringLiteral("牵头单位"), QStringLiteral("配合单位"), QStringLiteral("宣传成效"), QString(),
              QStringLiteral("备注")},
             {QString(), QString(), QString(), QString(), QString(), QStringLiteral("发放资料(份)"),
              QStringLiteral("参与人数"), QString()},
             {QStringLiteral("一、开展质量主题宣传")},
             {QStringLiteral("1"), QStringLiteral("质量月启动仪式"), QStringLiteral("9月1日"),
              QStringLiteral("办公室"), QStringLiteral("县教育局、县卫健局"), QStringLiteral("1500余份"),
              QStringLiteral("300人次"), QStringLiteral("县广场")},
             {QStringLiteral("2"), QStringLiteral("质量知识进校园"), QStringLiteral("9月中旬"), QString(),
              QStringLiteral("县教育局"), QStringLiteral("500"), QString(), QString()},
             {QStringLiteral("（二）质量提升")},
             {QStringLiteral("3"), QStringLiteral("小微企业质量帮扶"), QStringLiteral("待定"),
              QStringLiteral("质量发展股、计量所"), QString(), QString(), QStringLiteral("约50人"),
              QString()},
             {QStringLiteral("4"), QString(), QStringLiteral("9月"), QStringLiteral("办公室")},
             {QStringLiteral("合计"), QString(), QString(), QString(), QString(), QStringLiteral("2000"),
              QStringLiteral("350")},
             {QStringLiteral("注：时间以实际为准")}},
            {QRect(0, 0, 8, 1), QRect(0, 1, 8, 1), QRect(0, 2, 1, 2), QRect(1, 2, 1, 2), QRect(2, 2, 1, 2),
             QRect(3, 2, 1, 2), QRect(4, 2, 1, 2), QRect(5, 2, 2, 1), QRect(7, 2, 1, 2), QRect(0, 4, 8, 1),
             QRect(3, 5, 1, 2), QRect(0, 7, 8, 1), QRect(0, 11, 8, 1)});
        const ImportContext c = context();
        const TableLayout layout = ColumnRoles::detect(g, c);
        QCOMPARE(layout.headerRow, 2);
        QCOMPARE(layout.headerRows, 2);
        QCOMPARE(layout.columns.at(1).role, ColumnRole::Title);
        QCOMPARE(layout.columns.at(2).role, ColumnRole::Date);
        QCOMPARE(layout.columns.at(3).role, ColumnRole::Lead);
        QCOMPARE(layout.columns.at(4).role, ColumnRole::Assisting);
        QCOMPARE(layout.columns.at(5).role, ColumnRole::Figure);
        QCOMPARE(layout.columns.at(5).metricId, 12);
        QCOMPARE(layout.columns.at(6).metricId, 11);
        QCOMPARE(layout.columns.at(7).role, ColumnRole::Notes);
        QVERIFY(!layout.figuresAreActual); // the month has not begun: figures are targets

        const ImportPreview p = PlanRecognizer::build(g, layout, c);
        QCOMPARE(p.rows.size(), 4);
        const ImportRow& first = p.rows.at(0);
        QCOMPARE(first.activity.title, QStringLiteral("质量月启动仪式"));
        QCOMPARE(first.activity.start, QDate(2024, 9, 1));
        QCOMPARE(first.activity.dateText, QStringLiteral("9月1日"));
        QCOMPARE(first.activity.leadDepartmentId, 21);
        QCOMPARE(first.activity.assistingDepartmentIds, QList<qint64>{23});
        QCOMPARE(first.assistingNames, QStringList{QStringLiteral("县卫健局")});
        QCOMPARE(first.duplicateOf, 99);
        QCOMPARE(first.group, QStringLiteral("一、开展质量主题宣传"));
        QCOMPARE(first.activity.notes, QStringLiteral("县广场"));
        QCOMPARE(first.activity.figures.size(), 2);
        QCOMPARE(first.activity.figure(12)->target.value, 1500.0);
        QVERIFY(first.activity.figure(12)->target.approximate);
        QCOMPARE(first.activity.figure(11)->target.value, 300.0);

        const ImportRow& second = p.rows.at(1);
        QCOMPARE(second.activity.leadDepartmentId, 21); // the merged 牵头单位 cell spans both rows
        QCOMPARE(second.activity.start, QDate(2024, 9, 11));
        QVERIFY(second.issues.isEmpty());

        const ImportRow& third = p.rows.at(2);
        QVERIFY(!third.dateRead);
        QVERIFY(!third.activity.start.isValid());
        QCOMPARE(third.activity.dateText, QStringLiteral("待定"));
        QCOMPARE(third.activity.leadDepartmentId, 22);
        QCOMPARE(third.activity.assistingDepartmentIds, QList<qint64>{24});
        QCOMPARE(third.group, QStringLiteral("(二)质量提升"));
        QVERIFY(third.activity.figure(11)->target.approximate);

        QVERIFY(p.rows.at(3).hasError()); // no activity name
        QCOMPARE(p.groups.size(), 2);
        QCOMPARE(p.groups.at(0).pillarId, 1);
        QCOMPARE(p.groups.at(1).pillarId, 2);
        QCOMPARE(p.newDepartments, QStringList{QStringLiteral("县卫健局")});
        QCOMPARE(p.readyCount(), 1);
        QCOMPARE(p.needLookCount(), 3);
    }

    void unknownGroupAndCategoryColumn()
    {
        const TableGrid g =
            grid({{QStringLiteral("类别"), QStringLiteral("活动名称"), QStringLiteral("时间")},
                  {QStringLiteral("宣传"), QStringLiteral("质量讲堂"), QStringLiteral("9.5")},
                  {QStringLiteral("文化建设"), QStringLiteral("质量故事征集"), QStringLiteral("9.10-9.20")}});
        const ImportPreview p = PlanRecognizer::build(g, ColumnRoles::detect(g, context()), context());
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.groups.size(), 2);
        QCOMPARE(p.groups.at(0).pillarId, 1);
        QVERIFY(!p.groups.at(1).pillarId);
        QVERIFY(p.groups.at(1).createNew);
    }

    void noHeader()
    {
        const TableGrid g =
            grid({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}});
        QCOMPARE(ColumnRoles::detect(g, context()).headerRow, -1);
    }

    void ownerWithPhone()
    {
        const TableGrid g = grid({{QStringLiteral("活动名称"), QStringLiteral("联系人")},
                                  {QStringLiteral("计量义诊"), QStringLiteral("王芳 13912345678")}});
        const ImportPreview p = PlanRecognizer::build(g, ColumnRoles::detect(g, context()), context());
        QCOMPARE(p.rows.first().activity.owner, QStringLiteral("王芳"));
        QCOMPARE(p.rows.first().activity.phone, QStringLiteral("13912345678"));
    }

    void statusWords()
    {
        ActivityStatus s;
        QVERIFY(PlanRecognizer::statusFromText(QStringLiteral("已完成"), &s));
        QCOMPARE(s, ActivityStatus::Done);
        QVERIFY(PlanRecognizer::statusFromText(QStringLiteral("未完成"), &s));
        QCOMPARE(s, ActivityStatus::InProgress);
        QVERIFY(PlanRecognizer::statusFromText(QStringLiteral("已取消"), &s));
        QCOMPARE(s, ActivityStatus::Cancelled);
        QVERIFY(!PlanRecognizer::statusFromText(QStringLiteral("见附件"), &s));
    }
};

QTEST_GUILESS_MAIN(TestPlanRecognizer)
#include "tst_planrecognizer.moc"
