#include "admin/UsersGroupsScreen.h"

#include "admin/ChangePreviewDialog.h"
#include "changes/DirectoryChanges.h"
#include "models/UsersModel.h"
#include "secretserver/RestClient.h"
#include "session/VaultSession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUsersScreen, "scanvault.ui.users")

using namespace secretserver;

UsersGroupsScreen::UsersGroupsScreen(QWidget *parent)
    : SessionScreen(parent), m_users(new UsersModel(this)), m_userView(new QTableView(this)),
      m_userState(new QLabel(this)), m_groupList(new QListWidget(this)),
      m_groupChoice(new QComboBox(this)), m_addToGroup(new QPushButton(tr("&Add to group…"), this)),
      m_restrictionList(new QListWidget(this)), m_restrictionChoice(new QComboBox(this)),
      m_assign(new QPushButton(tr("A&ssign restriction…"), this)),
      m_appliances(new QLineEdit(this)), m_verdicts(new QLabel(this)), m_problem(new QLabel(this))
{
    m_userView->setModel(m_users);
    m_userView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userView->verticalHeader()->hide();
    m_userView->horizontalHeader()->setStretchLastSection(true);
    m_userView->setAccessibleName(tr("Users"));
    m_userState->setWordWrap(true);
    m_userState->setAccessibleName(tr("Account state"));
    m_groupList->setAccessibleName(tr("Group memberships"));
    m_groupChoice->setAccessibleName(tr("Group to add the user to"));
    m_addToGroup->setAccessibleName(tr("Add to group"));
    m_restrictionList->setAccessibleName(tr("IP address restrictions"));
    m_restrictionChoice->setAccessibleName(tr("IP address restriction to assign"));
    m_assign->setAccessibleName(tr("Assign restriction"));
    m_appliances->setPlaceholderText(tr("Scanner appliance addresses, e.g. 10.0.0.5, 10.0.0.6"));
    m_appliances->setAccessibleName(tr("Scanner appliance addresses"));
    m_appliances->setClearButtonEnabled(true);
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdicts->setAccessibleName(tr("Appliance address check"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto *groups = new QGroupBox(tr("&Groups"), this);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_groupChoice, 1);
    groupRow->addWidget(m_addToGroup);
    auto *groupLayout = new QVBoxLayout(groups);
    groupLayout->addWidget(m_groupList);
    groupLayout->addLayout(groupRow);

    auto *restrictions = new QGroupBox(tr("&IP address restrictions"), this);
    auto *restrictionRow = new QHBoxLayout;
    restrictionRow->addWidget(m_restrictionChoice, 1);
    restrictionRow->addWidget(m_assign);
    auto *checkLabel = new QLabel(tr("Appliance a&ddresses:"), this);
    checkLabel->setBuddy(m_appliances);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkLabel);
    checkRow->addWidget(m_appliances, 1);
    auto *restrictionLayout = new QVBoxLayout(restrictions);
    restrictionLayout->addWidget(m_restrictionList);
    restrictionLayout->addLayout(restrictionRow);
    restrictionLayout->addLayout(checkRow);
    restrictionLayout->addWidget(m_verdicts);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_userState);
    detailLayout->addWidget(groups);
    detailLayout->addWidget(restrictions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_userView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(splitter);

    connect(m_userView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersGroupsScreen::onCurrentUserChanged);
    connect(m_users, &QAbstractItemModel::modelReset, this,
            &UsersGroupsScreen::onCurrentUserChanged);
    connect(m_addToGroup, &QPushButton::clicked, this, &UsersGroupsScreen::addToGroup);
    connect(m_assign, &QPushButton::clicked, this, &UsersGroupsScreen::assignRestriction);
    connect(m_appliances, &QLineEdit::textChanged, this, &UsersGroupsScreen::updateApplianceCheck);
    auto *findUsers = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), this);
    findUsers->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findUsers, &QShortcut::activated, this, [this] { m_userView->setFocus(); });

    setSession(nullptr);
}

UsersGroupsScreen::~UsersGroupsScreen() = default;

ChangePreviewDialog *UsersGroupsScreen::previewDialog() const
{
    return m_preview;
}

void UsersGroupsScreen::setSession(VaultSession *session)
{
    m_session = session;
    // Every answer still on its way belongs to the old session: drop it with its context.
    delete m_sessionContext;
    m_sessionContext = new QObject(this);
    m_userContext = nullptr;
    if (m_preview)
        m_preview->close();
    m_catalogue.clear();
    m_catalogueRead = false;
    m_groupChoice->clear();
    m_restrictionChoice->clear();
    m_problem->hide();
    m_appliances->clear();

    RestClient *client = session ? session->client() : nullptr;
    m_users->setClient(client);
    m_users->setSearch(QString(), true); // disabled accounts too: a disabled one fails scans
    m_users->reload();
    clearDetail();
    setEnabled(client != nullptr);
    if (client)
        loadCatalogues();
}

void UsersGroupsScreen::loadCatalogues()
{
    RestClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return;
    GroupQuery groups;
    groups.page.allPages = true;
    client->searchGroups(groups, m_sessionContext, [this](const Result<Page<Group>> &result) {
        if (!result.ok()) {
            showProblem(tr("Could not read the groups: %1").arg(result.message));
            return;
        }
        for (const Group &group : result.value.records)
            m_groupChoice->addItem(group.name, group.id);
        updateActions();
    });
    PageRequest all;
    all.allPages = true;
    client->ipRestrictions(
            all, m_sessionContext, [this](const Result<Page<IpRestriction>> &result) {
                if (!result.ok()) {
                    showProblem(tr("Could not read the IP address restrictions: %1")
                                        .arg(result.message));
                    return;
                }
                for (const IpRestriction &restriction : result.value.records) {
                    m_catalogue.insert(restriction.id, restriction);
                    m_restrictionChoice->addItem(
                            tr("%1 (%2)").arg(restriction.name, restriction.range), restriction.id);
                }
                m_catalogueRead = true;
                finishDetailPart();
            });
}

bool UsersGroupsScreen::selectUser(const QString &userName)
{
    for (int row = 0; row < m_users->recordCount(); ++row) {
        const User *user = m_users->userAt(row);
        if (user && user->userName.compare(userName, Qt::CaseInsensitive) == 0) {
            m_userView->setCurrentIndex(m_users->index(row, 0));
            return true;
        }
    }
    return false;
}

void UsersGroupsScreen::onCurrentUserChanged()
{
    const QModelIndex current = m_userView->currentIndex();
    const User *user = current.isValid() ? m_users->userAt(current.row()) : nullptr;
    if (user && user->id == m_user.id)
        return;
    clearDetail();
    if (!user)
        return;
    m_user = *user;
    QStringList state;
    if (m_user.isApplicationAccount)
        state << tr("%1 is an application account (API logins only, as a scanner needs).")
                         .arg(m_user.userName);
    if (m_user.isLockedOut)
        state << tr("Locked out: every vault-backed record using this account fails until it "
                    "is unlocked (Admin > Users).");
    if (!m_user.enabled)
        state << tr("Disabled: this account cannot log in; every record using it fails.");
    m_userState->setText(state.join(u'\n'));
    loadUserDetail();
}

void UsersGroupsScreen::clearDetail()
{
    delete m_userContext;
    m_userContext = nullptr;
    m_user = User {};
    m_memberships.clear();
    m_assignments.clear();
    m_groupsRead = false;
    m_assignmentsRead = false;
    m_pendingParts = 0;
    m_groupList->clear();
    m_restrictionList->clear();
    m_userState->clear();
    updateApplianceCheck();
    updateActions();
}

void UsersGroupsScreen::loadUserDetail()
{
    RestClient *client = m_session ? m_session->client() : nullptr;
    if (!client || m_user.id <= 0)
        return;
    delete m_userContext;
    m_userContext = new QObject(m_sessionContext);
    m_groupsRead = false;
    m_assignmentsRead = false;
    m_groupList->clear();
    m_restrictionList->clear();
    m_groupList->addItem(tr("Reading…"));
    m_restrictionList->addItem(tr("Reading…"));
    updateApplianceCheck();
    updateActions();

    client->userGroups(m_user.id, m_userContext, [this](const Result<Page<GroupMember>> &result) {
        m_groupList->clear();
        if (!result.ok()) {
            m_groupList->addItem(tr("Could not read the groups: %1").arg(result.message));
            return;
        }
        m_memberships = result.value.records;
        for (const GroupMember &member : std::as_const(m_memberships))
            m_groupList->addItem(member.groupName);
        if (m_memberships.isEmpty())
            m_groupList->addItem(tr("(no groups)"));
        m_groupsRead = true;
        finishDetailPart();
    });
    client->userIpRestrictions(
            m_user.id, m_userContext, [this](const Result<Page<IpRestrictionAssignment>> &result) {
                m_restrictionList->clear();
                if (!result.ok()) {
                    m_restrictionList->addItem(
                            tr("Could not read the restrictions: %1").arg(result.message));
                    return;
                }
                m_assignments = result.value.records;
                m_assignmentsRead = true;
                finishDetailPart();
            });
}

void UsersGroupsScreen::finishDetailPart()
{
    if (m_assignmentsRead && m_catalogueRead) {
        m_restrictionList->clear();
        for (const IpRestrictionAssignment &assignment : std::as_const(m_assignments)) {
            const QString range = m_catalogue.value(assignment.restrictionId).range;
            m_restrictionList->addItem(
                    range.isEmpty() ? tr("%1 (range unknown)").arg(assignment.restrictionName)
                                    : tr("%1 (%2)").arg(assignment.restrictionName, range));
        }
        if (m_assignments.isEmpty())
            m_restrictionList->addItem(tr("(none: logins allowed from anywhere)"));
    }
    updateApplianceCheck();
    updateActions();
    if (isUserDetailLoaded())
        emit userDetailLoaded();
}

bool UsersGroupsScreen::isUserDetailLoaded() const
{
    return m_user.id > 0 && m_groupsRead && m_assignmentsRead && m_catalogueRead;
}

QStringList UsersGroupsScreen::membershipNames() const
{
    QStringList names;
    for (const GroupMember &member : m_memberships)
        names << member.groupName;
    return names;
}

QStringList UsersGroupsScreen::restrictionLines() const
{
    QStringList lines;
    for (int row = 0; row < m_restrictionList->count(); ++row)
        lines << m_restrictionList->item(row)->text();
    return lines;
}

QList<IpAllowance::Verdict> UsersGroupsScreen::applianceVerdicts() const
{
    if (!m_assignmentsRead || !m_catalogueRead)
        return {};
    QList<IpAllowance::Restriction> restrictions;
    for (const IpRestrictionAssignment &assignment : m_assignments) {
        restrictions << IpAllowance::Restriction {
            assignment.restrictionName, m_catalogue.value(assignment.restrictionId).range
        };
    }
    return IpAllowance(restrictions).checkAll(m_appliances->text());
}

void UsersGroupsScreen::updateApplianceCheck()
{
    if (m_user.id <= 0) {
        m_verdicts->setText(tr("Choose a user to check the appliance addresses against."));
        return;
    }
    if (IpAllowance::splitAddresses(m_appliances->text()).isEmpty()) {
        m_verdicts->setText(tr("Type the scanner appliance addresses to check them."));
        return;
    }
    if (!m_assignmentsRead || !m_catalogueRead) {
        m_verdicts->setText(tr("Reading the restrictions…"));
        return;
    }
    QStringList lines;
    for (const IpAllowance::Verdict &verdict : applianceVerdicts())
        lines << (verdict.allowed ? QStringLiteral("✔ ") : QStringLiteral("✘ "))
                        + verdict.explanation;
    m_verdicts->setText(lines.join(u'\n'));
}

void UsersGroupsScreen::updateActions()
{
    const bool ready = m_session && m_user.id > 0;
    m_addToGroup->setEnabled(ready && m_groupChoice->count() > 0);
    m_assign->setEnabled(ready && m_restrictionChoice->count() > 0);
}

void UsersGroupsScreen::addToGroup()
{
    if (!m_session || m_user.id <= 0 || m_groupChoice->currentIndex() < 0)
        return;
    const int groupId = m_groupChoice->currentData().toInt();
    const QString groupName = m_groupChoice->currentText();
    openPreview(tr("Add %1 to %2").arg(m_user.userName, groupName),
                std::make_unique<GroupMembershipChange>(groupId, groupName, m_user.id,
                                                        m_user.userName));
}

void UsersGroupsScreen::assignRestriction()
{
    if (!m_session || m_user.id <= 0 || m_restrictionChoice->currentIndex() < 0)
        return;
    const IpRestriction restriction = m_catalogue.value(m_restrictionChoice->currentData().toInt());
    openPreview(tr("Restrict %1 to %2").arg(m_user.userName, restriction.name),
                std::make_unique<IpRestrictionAssignmentChange>(restriction.id, restriction.name,
                                                                restriction.range, m_user.id,
                                                                m_user.userName));
}

void UsersGroupsScreen::openPreview(const QString &heading, std::unique_ptr<ServerChange> change)
{
    auto *dialog = new ChangePreviewDialog(m_session->client(), heading, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addChange(std::move(change));
    const int userId = m_user.id;
    connect(dialog, &ChangePreviewDialog::changesApplied, this, [this, userId] {
        // Read again what the server now says, for the user the change was about.
        if (m_user.id == userId)
            loadUserDetail();
    });
    m_preview = dialog;
    qCDebug(lcUsersScreen) << "previewing a change for user" << userId;
    dialog->start();
}

void UsersGroupsScreen::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}
