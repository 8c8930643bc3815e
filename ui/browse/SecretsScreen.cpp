#include "browse/SecretsScreen.h"

#include "browse/SecretSearchProxyModel.h"
#include "models/FolderTreeModel.h"
#include "models/SecretSearchQuery.h"
#include "secret/SecretDetailView.h"
#include "session/VaultSession.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Long enough to type a word, short enough to feel immediate.
constexpr int SearchPauseMs = 350;
} // namespace

SecretsScreen::SecretsScreen(QWidget *parent)
    : SessionScreen(parent), m_folders(new FolderTreeModel(this)),
      m_secrets(new SecretListModel(this)), m_proxy(new SecretSearchProxyModel(this)),
      m_searchDelay(new QTimer(this))
{
    m_proxy->setSourceModel(m_secrets);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchPauseMs);
    connect(m_searchDelay, &QTimer::timeout, this, &SecretsScreen::applySearch);
    createViews();
}

SecretsScreen::~SecretsScreen() = default;

void SecretsScreen::createViews()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("secretSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search (Ctrl+F): name, template:, folder:, user:, "
                                    "heartbeat:, is:checked-out, is:heartbeat-failed…"));
    m_search->setAccessibleName(tr("Search secrets"));
    m_search->setToolTip(tr("<p>Plain words match the secret name. Qualified terms:</p><ul>"
                            "<li><b>template:</b>name or id</li><li><b>folder:</b>path or id</li>"
                            "<li><b>user:</b>account in the username field</li>"
                            "<li><b>heartbeat:</b>status (Failed, Success…)</li>"
                            "<li><b>is:</b>%1</li></ul><p>Quote values with spaces: "
                            "folder:\"Scan Credentials\".</p>")
                                 .arg(SecretSearchQuery::statusNames().join(QStringLiteral(", "))));
    auto *focusSearch = new QAction(tr("Find Secrets"), this);
    focusSearch->setObjectName(QStringLiteral("findSecrets"));
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        m_secretView->setFocus(Qt::OtherFocusReason);
        // A search the server answers arrives with its first page: select then, so that a
        // second Enter opens the first result.
        if (m_secrets->status() == RemoteListModel::Status::Loading) {
            connect(m_secrets, &RemoteListModel::pageLoaded, this,
                    &SecretsScreen::selectFirstResult, Qt::SingleShotConnection);
        }
        selectFirstResult();
    });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("searchProblems"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_problems->setAccessibleName(tr("Search problems"));

    auto *allFolders = new QToolButton(this);
    allFolders->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    allFolders->setToolTip(tr("Show the secrets of all folders"));
    allFolders->setAccessibleName(tr("All folders"));
    connect(allFolders, &QToolButton::clicked, this, &SecretsScreen::showAllFolders);

    m_folderView = new QTreeView(this);
    m_folderView->setObjectName(QStringLiteral("folderTree"));
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setModel(m_folders);
    m_folderView->setHeaderHidden(true);
    m_folderView->setUniformRowHeights(true);
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SecretsScreen::onFolderChanged);

    m_secretView = new QTableView(this);
    m_secretView->setObjectName(QStringLiteral("secretList"));
    m_secretView->setAccessibleName(tr("Secrets"));
    m_secretView->setModel(m_proxy);
    m_secretView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_secretView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_secretView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_secretView->setSortingEnabled(true);
    m_secretView->sortByColumn(SecretListModel::NameColumn, Qt::AscendingOrder);
    m_secretView->verticalHeader()->hide();
    m_secretView->horizontalHeader()->setStretchLastSection(true);
    m_secretView->setTabKeyNavigation(false);
    connect(m_secretView, &QAbstractItemView::activated, this, &SecretsScreen::openSecret);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SecretsScreen::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SecretsScreen::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SecretsScreen::updateCount);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("secretCount"));
    m_count->setAccessibleName(tr("Number of secrets"));

    m_detail = new SecretDetailView(this);

    auto *folderPane = new QWidget(this);
    auto *folderLayout = new QVBoxLayout(folderPane);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(allFolders, 0, Qt::AlignLeft);
    folderLayout->addWidget(m_folderView);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_secretView);
    listLayout->addWidget(m_count);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(listPane);
    right->addWidget(m_detail);
    right->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(folderPane);
    split->addWidget(right);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);

    // Keyboard order: search, folders, secrets, then the detail's tabs.
    setTabOrder(m_search, allFolders);
    setTabOrder(allFolders, m_folderView);
    setTabOrder(m_folderView, m_secretView);
    setTabOrder(m_secretView, m_detail);
    setFocusProxy(m_search);
}

void SecretsScreen::setSession(VaultSession *session)
{
    m_session = session;
    secretserver::RestClient *client = session ? session->client() : nullptr;
    m_searchDelay->stop();
    m_detail->clear();
    m_baseFilter = {};
    m_folders->setClient(client);
    m_secrets->setClient(client);
    const SecretSearchQuery query = SecretSearchQuery::parse(m_search->text());
    m_proxy->setQuery(query);
    const SecretFilter filter = query.serverFilter(m_baseFilter);
    // One listing either way: a changed filter reloads by itself; an unchanged one must
    // reload because the client is new.
    if (filter == m_secrets->filter())
        m_secrets->reload();
    else
        m_secrets->setFilter(filter);
    updateCount();
}

void SecretsScreen::reload()
{
    m_folders->reload();
    m_secrets->reload();
}

void SecretsScreen::selectFirstResult()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (first.isValid() && !m_secrets->isStatusRow(m_proxy->mapToSource(first).row()))
        m_secretView->setCurrentIndex(first);
}

void SecretsScreen::applySearch()
{
    m_searchDelay->stop();
    const SecretSearchQuery query = SecretSearchQuery::parse(m_search->text());
    m_problems->setText(query.problems().join(u'\n'));
    m_problems->setVisible(!query.problems().isEmpty());
    m_proxy->setQuery(query);
    m_secrets->setFilter(query.serverFilter(m_baseFilter));
    updateCount();
}

void SecretsScreen::onFolderChanged()
{
    const QModelIndex current = m_folderView->currentIndex();
    const QVariant id = current.data(FolderTreeModel::FolderIdRole);
    if (!current.isValid() || !id.isValid())
        return;
    m_baseFilter.folderId = id.toInt();
    m_baseFilter.includeSubFolders = true;
    applySearch();
}

void SecretsScreen::showAllFolders()
{
    m_folderView->selectionModel()->clearCurrentIndex();
    m_folderView->clearSelection();
    m_baseFilter = {};
    applySearch();
}

void SecretsScreen::openSecret(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const secretserver::SecretSummary *secret = m_secrets->secretAt(source.row());
    if (!secret || !m_session || !m_session->client())
        return;
    m_detail->showSecret(m_session->client(), *secret);
    emit secretOpened(secret->id);
}

void SecretsScreen::updateCount()
{
    int shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(ModelRow::KindRole).value<ModelRow::Kind>()
            == ModelRow::Kind::Record)
            ++shown;
    }
    m_count->setText(m_secrets->serverTotal() > 0
                             ? tr("%1 shown of %2 secrets").arg(shown).arg(m_secrets->serverTotal())
                             : tr("%n secret(s) shown", nullptr, shown));
}
