// SecretSearchQuery: what a typed search means, row by row: which parts go to the server
// as SecretFilter fields and which the loaded rows must pass.

#include "models/ModelRow.h"
#include "models/SecretListModel.h"
#include "models/SecretSearchQuery.h"

#include <QStandardItemModel>
#include <QTest>

class TestSecretSearchQuery final : public QObject
{
    Q_OBJECT

private slots:
    void parsesTerms_data();
    void parsesTerms();
    void buildsServerFilter_data();
    void buildsServerFilter();
    void acceptsLoadedRows_data();
    void acceptsLoadedRows();
    void reportsUnknownStatus();
    void keepsTheFolderChosenInTheTree();
    void classifiesHeartbeatStatuses_data();
    void classifiesHeartbeatStatuses();
};

using Status = SecretSearchQuery::Status;

void TestSecretSearchQuery::parsesTerms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("folderPath");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<int>("statusCount");

    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << ""
                           << "" << 0;
    QTest::newRow("plain words") << "  web01   scan "
                                 << "web01 scan"
                                 << ""
                                 << ""
                                 << "" << 0;
    QTest::newRow("template") << "template:Unix"
                              << ""
                              << "Unix"
                              << ""
                              << "" << 0;
    QTest::newRow("key case-insensitive") << "TEMPLATE:Unix"
                                          << ""
                                          << "Unix"
                                          << ""
                                          << "" << 0;
    QTest::newRow("quoted folder") << "folder:\"Scan Credentials\" db"
                                   << "db"
                                   << ""
                                   << "Scan Credentials"
                                   << "" << 0;
    QTest::newRow("quoted plain") << "\"SQL Server\""
                                  << "SQL Server"
                                  << ""
                                  << ""
                                  << "" << 0;
    QTest::newRow("user") << "user:svc-scan"
                          << ""
                          << ""
                          << ""
                          << "svc-scan" << 0;
    QTest::newRow("statuses") << "is:checked-out is:restricted"
                              << ""
                              << ""
                              << ""
                              << "" << 2;
    QTest::newRow("duplicate status") << "is:restricted IS:Restricted"
                                      << ""
                                      << ""
                                      << ""
                                      << "" << 1;
    QTest::newRow("unknown prefix is text") << "https://vault01"
                                            << "https://vault01"
                                            << ""
                                            << ""
                                            << "" << 0;
    QTest::newRow("everything")
            << "web template:Windows folder:Scan user:admin is:checkout-required"
            << "web"
            << "Windows"
            << "Scan"
            << "admin" << 1;
}

void TestSecretSearchQuery::parsesTerms()
{
    QFETCH(QString, input);
    const SecretSearchQuery query = SecretSearchQuery::parse(input);

    QTEST(query.text(), "text");
    QTEST(query.templateName(), "templateName");
    QTEST(query.folderPath(), "folderPath");
    QTEST(query.userName(), "userName");
    QTEST(int(query.statuses().size()), "statusCount");
    QVERIFY2(query.problems().isEmpty(), qPrintable(query.problems().join(u'|')));
}

void TestSecretSearchQuery::buildsServerFilter_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("searchText");
    QTest::addColumn<QString>("searchField");
    QTest::addColumn<int>("folderId"); // -1: not set
    QTest::addColumn<int>("templateId"); // -1: not set
    QTest::addColumn<QString>("heartbeat");
    QTest::addColumn<bool>("includeInactive");
    QTest::addColumn<bool>("hasLocalTerms");

    QTest::newRow("plain text goes to the server") << "web01"
                                                   << "web01"
                                                   << "" << -1 << -1 << "" << false << false;
    QTest::newRow("user takes the server search") << "web01 user:svc"
                                                  << "svc"
                                                  << "username" << -1 << -1 << "" << false << true;
    QTest::newRow("numeric template is a server id") << "template:6003"
                                                     << ""
                                                     << "" << -1 << 6003 << "" << false << false;
    QTest::newRow("named template is local") << "template:Unix"
                                             << ""
                                             << "" << -1 << -1 << "" << false << true;
    QTest::newRow("numeric folder is a server id") << "folder:4"
                                                   << ""
                                                   << "" << 4 << -1 << "" << false << false;
    QTest::newRow("named folder is local") << "folder:Windows"
                                           << ""
                                           << "" << -1 << -1 << "" << false << true;
    QTest::newRow("heartbeat status is server side")
            << "heartbeat:Failed"
            << ""
            << "" << -1 << -1 << "Failed" << false << false;
    QTest::newRow("inactive asks the server for them") << "is:inactive"
                                                       << ""
                                                       << "" << -1 << -1 << "" << true << true;
    QTest::newRow("checked out is local") << "is:checked-out"
                                          << ""
                                          << "" << -1 << -1 << "" << false << true;
}

void TestSecretSearchQuery::buildsServerFilter()
{
    QFETCH(QString, input);
    QFETCH(int, folderId);
    QFETCH(int, templateId);
    const SecretSearchQuery query = SecretSearchQuery::parse(input);
    const SecretFilter filter = query.serverFilter();

    QTEST(filter.searchText, "searchText");
    QTEST(filter.searchField, "searchField");
    QCOMPARE(filter.folderId.value_or(-1), folderId);
    if (folderId >= 0)
        QVERIFY(filter.includeSubFolders);
    QCOMPARE(filter.templateId.value_or(-1), templateId);
    QTEST(filter.heartbeatStatus, "heartbeat");
    QTEST(filter.includeInactive, "includeInactive");
    QTEST(query.hasLocalTerms(), "hasLocalTerms");
}

namespace {

// One row as SecretListModel would give it.
QStandardItem *secretRow(const QString &name, const QString &templateName,
                         const QString &folderPath, bool checkedOut, bool checkOutEnabled,
                         const QString &heartbeat, bool requiresApproval)
{
    auto *item = new QStandardItem(name);
    item->setData(QVariant::fromValue(ModelRow::Kind::Record), ModelRow::KindRole);
    item->setData(name, SecretListModel::NameRole);
    item->setData(templateName, SecretListModel::TemplateNameRole);
    item->setData(folderPath, SecretListModel::FolderPathRole);
    item->setData(checkedOut, SecretListModel::CheckedOutRole);
    item->setData(checkOutEnabled, SecretListModel::CheckOutEnabledRole);
    item->setData(heartbeat, SecretListModel::HeartbeatStatusRole);
    item->setData(requiresApproval, SecretListModel::RequiresApprovalRole);
    item->setData(false, SecretListModel::RestrictedRole);
    item->setData(false, SecretListModel::RequiresCommentRole);
    item->setData(false, SecretListModel::DoubleLockRole);
    item->setData(true, SecretListModel::ActiveRole);
    return item;
}

} // namespace

void TestSecretSearchQuery::acceptsLoadedRows_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("accepted");

    const QStringList all { QStringLiteral("Windows Scan - payroll01"),
                            QStringLiteral("Unix Scan - bastion01"),
                            QStringLiteral("SQL Server Scan - fin-sql"),
                            QStringLiteral("ESXi root - esx01") };
    QTest::newRow("no terms") << "" << all;
    QTest::newRow("server-side text passes everything") << "payroll" << all;
    QTest::newRow("template name") << "template:unix" << QStringList { all[1], all[3] };
    QTest::newRow("folder path") << "folder:databases" << QStringList { all[2] };
    QTest::newRow("checked out") << "is:checked-out" << QStringList { all[2] };
    QTest::newRow("checkout required") << "is:checkout-required" << QStringList { all[1], all[2] };
    QTest::newRow("heartbeat failed") << "is:heartbeat-failed" << QStringList { all[3] };
    QTest::newRow("restricted") << "is:restricted" << QStringList { all[0] };
    QTest::newRow("text is local with user") << "user:root esx" << QStringList { all[3] };
    QTest::newRow("terms combine")
            << "template:unix is:checkout-required" << QStringList { all[1] };
}

void TestSecretSearchQuery::acceptsLoadedRows()
{
    QFETCH(QString, input);
    QFETCH(QStringList, accepted);
    QStandardItemModel model;
    model.appendRow(secretRow(QStringLiteral("Windows Scan - payroll01"),
                              QStringLiteral("Windows Account"),
                              QStringLiteral("\\Scan Credentials\\Windows"), false, false,
                              QStringLiteral("Success"), true));
    model.appendRow(secretRow(QStringLiteral("Unix Scan - bastion01"),
                              QStringLiteral("Unix Account (SSH)"),
                              QStringLiteral("\\Scan Credentials\\Unix"), false, true,
                              QStringLiteral("Success"), false));
    model.appendRow(secretRow(QStringLiteral("SQL Server Scan - fin-sql"),
                              QStringLiteral("SQL Server Account"),
                              QStringLiteral("\\Scan Credentials\\Databases"), true, true,
                              QStringLiteral("Success"), false));
    model.appendRow(secretRow(QStringLiteral("ESXi root - esx01"),
                              QStringLiteral("Unix Account (SSH)"),
                              QStringLiteral("\\IT Operations"), false, false,
                              QStringLiteral("UnableToConnect"), false));

    const SecretSearchQuery query = SecretSearchQuery::parse(input);
    QStringList passed;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (query.accepts(model.index(row, 0)))
            passed.append(model.index(row, 0).data(SecretListModel::NameRole).toString());
    }
    QCOMPARE(passed, accepted);
}

void TestSecretSearchQuery::reportsUnknownStatus()
{
    const SecretSearchQuery query
            = SecretSearchQuery::parse(QStringLiteral("web is:sleeping folder:"));

    QCOMPARE(query.problems().size(), 2);
    QVERIFY(query.problems().at(0).contains(QStringLiteral("is:sleeping")));
    QVERIFY(query.problems().at(0).contains(QStringLiteral("checked-out")));
    QCOMPARE(query.text(), QStringLiteral("web"));
    QVERIFY(query.statuses().isEmpty());
}

void TestSecretSearchQuery::keepsTheFolderChosenInTheTree()
{
    SecretFilter base;
    base.folderId = 3;
    base.includeSubFolders = true;

    const SecretFilter plain = SecretSearchQuery::parse(QStringLiteral("app")).serverFilter(base);
    const SecretFilter overridden
            = SecretSearchQuery::parse(QStringLiteral("folder:5")).serverFilter(base);

    QCOMPARE(plain.folderId.value_or(-1), 3);
    QCOMPARE(plain.searchText, QStringLiteral("app"));
    QCOMPARE(overridden.folderId.value_or(-1), 5);
}

void TestSecretSearchQuery::classifiesHeartbeatStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("failed");

    QTest::newRow("success") << "Success" << false;
    QTest::newRow("pending") << "Pending" << false;
    QTest::newRow("disabled") << "Disabled" << false;
    QTest::newRow("processing") << "Processing" << false;
    QTest::newRow("unknown (empty)") << "" << false;
    QTest::newRow("failed") << "Failed" << true;
    QTest::newRow("unable to connect") << "UnableToConnect" << true;
    QTest::newRow("locked out") << "AccountLockedOut" << true;
    QTest::newRow("access denied, any case") << "accessdenied" << true;
}

void TestSecretSearchQuery::classifiesHeartbeatStatuses()
{
    QFETCH(QString, status);
    QTEST(SecretSearchQuery::isFailedHeartbeat(status), "failed");
}

QTEST_APPLESS_MAIN(TestSecretSearchQuery)
#include "tst_secretsearchquery.moc"
