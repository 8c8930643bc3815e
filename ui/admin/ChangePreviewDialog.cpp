#include "admin/ChangePreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace secretserver;

ChangePreviewDialog::ChangePreviewDialog(RestClient *client, const QString &heading,
                                         QWidget *parent)
    : QDialog(parent)
    , m_runner(new ChangeRunner(client, this))
    , m_heading(new QLabel(heading, this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Review changes to Secret Server"));
    setWindowModality(Qt::WindowModal);
    resize(640, 420);

    m_heading->setWordWrap(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Change"), tr("Outcome")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setRootIsDecorated(true);
    m_list->setAccessibleName(tr("Changes"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setVisible(false);

    m_apply = m_buttons->addButton(tr("&Apply changes"), QDialogButtonBox::AcceptRole);
    m_apply->setAccessibleName(tr("Apply changes"));
    m_apply->setEnabled(false);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    m_close->setVisible(false);
    // Apply must be chosen on purpose: Enter does not confirm a write.
    m_apply->setAutoDefault(false);
    m_cancel->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_apply, &QPushButton::clicked, this, &ChangePreviewDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &ChangePreviewDialog::cancelChanges);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_runner, &ChangeRunner::previewReady, this, &ChangePreviewDialog::showPreview);
    connect(m_runner, &ChangeRunner::previewFailed, this, &ChangePreviewDialog::showReadFailure);
    connect(m_runner, &ChangeRunner::progress, this, &ChangePreviewDialog::showProgress);
    connect(m_runner, &ChangeRunner::changeFinished, this, &ChangePreviewDialog::showOutcome);
    connect(m_runner, &ChangeRunner::finished, this, &ChangePreviewDialog::finishRun);
}

ChangePreviewDialog::~ChangePreviewDialog() = default;

void ChangePreviewDialog::addChange(std::unique_ptr<ServerChange> change)
{
    if (m_stage == Stage::Empty)
        m_runner->addChange(std::move(change));
}

void ChangePreviewDialog::start()
{
    open();
    if (m_runner->count() == 0) {
        m_status->setText(tr("There is nothing to change."));
        setStage(Stage::NothingToDo);
        return;
    }
    m_status->setText(tr("Reading the current state from Secret Server…"));
    setStage(Stage::Reading);
    m_runner->readAll();
}

QStringList ChangePreviewDialog::lines() const
{
    QStringList out;
    for (int top = 0; top < m_list->topLevelItemCount(); ++top) {
        const QTreeWidgetItem *item = m_list->topLevelItem(top);
        out << item->text(0) + (item->text(1).isEmpty() ? QString()
                                                        : QStringLiteral(" — ") + item->text(1));
        for (int child = 0; child < item->childCount(); ++child)
            out << QStringLiteral("  ") + item->child(child)->text(0);
    }
    return out;
}

void ChangePreviewDialog::confirm()
{
    if (m_stage != Stage::Previewing)
        return;
    setStage(Stage::Applying);
    m_apply->setEnabled(false);
    m_progress->setRange(0, m_runner->count());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_runner->apply();
}

void ChangePreviewDialog::cancelChanges()
{
    if (m_stage == Stage::Applying) {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling: the change in progress finishes first…"));
        m_runner->cancel();
        return;
    }
    if (m_stage == Stage::Reading)
        m_runner->cancel();
    reject();
}

void ChangePreviewDialog::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged(stage);
}

void ChangePreviewDialog::showPreview()
{
    m_list->clear();
    for (int i = 0; i < m_runner->count(); ++i) {
        const ServerChange *change = m_runner->change(i);
        auto *item = new QTreeWidgetItem(m_list, {change->title()});
        for (const QString &line : change->preview())
            new QTreeWidgetItem(item, {line});
        for (const QString &warning : change->warnings()) {
            auto *flag = new QTreeWidgetItem(item, {tr("Note: %1").arg(warning)});
            flag->setForeground(0, palette().brush(QPalette::Link));
        }
        if (change->isInPlace())
            item->setText(1, tr("already in place"));
        item->setExpanded(true);
    }
    if (m_runner->everythingInPlace()) {
        m_status->setText(tr("Nothing to change: everything is already in place."));
        m_cancel->setVisible(false);
        m_close->setVisible(true);
        m_close->setDefault(true);
        setStage(Stage::NothingToDo);
        return;
    }
    m_status->setText(tr("Check the changes above, then apply them."));
    m_apply->setEnabled(true);
    setStage(Stage::Previewing);
}

void ChangePreviewDialog::showReadFailure(int index, const CallResult &result)
{
    const QString title = index < m_runner->count() ? m_runner->change(index)->title() : QString();
    m_status->setText(tr("Could not read the current state for \"%1\": %2. Nothing was changed.")
                              .arg(title, result.message));
    m_cancel->setVisible(false);
    m_close->setVisible(true);
    setStage(Stage::ReadFailed);
}

void ChangePreviewDialog::showProgress(int index, int count, const QString &step)
{
    m_progress->setValue(index);
    m_status->setText(tr("%1 (%2 of %3)").arg(step).arg(index + 1).arg(count));
}

void ChangePreviewDialog::showOutcome(int index, ChangeOutcome outcome)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    QString text = ChangeRunner::outcomeText(outcome);
    if (outcome == ChangeOutcome::Failed)
        text = tr("failed: %1").arg(m_runner->report(index).result.message);
    item->setText(1, text);
    item->setToolTip(1, text);
    m_progress->setValue(index + 1);
}

void ChangePreviewDialog::finishRun()
{
    for (int i = 0; i < m_runner->count(); ++i) {
        if (m_runner->report(i).outcome == ChangeOutcome::NotAttempted)
            m_list->topLevelItem(i)->setText(
                    1, ChangeRunner::outcomeText(ChangeOutcome::NotAttempted));
    }
    m_progress->setVisible(false);
    m_status->setText(m_runner->summary());
    m_cancel->setVisible(false);
    m_close->setVisible(true);
    m_close->setDefault(true);
    setStage(Stage::Done);
    if (m_runner->appliedCount() > 0 || m_runner->failedCount() > 0)
        emit changesApplied();
}
