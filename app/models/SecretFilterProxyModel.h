#pragma once

#include <QSortFilterProxyModel>

// Quick local filtering over the secrets already loaded by SecretListModel (text typed in a
// filter box, "only restricted", "only checked out") without asking the server again.
// Status rows always pass; sorting is forwarded to the source, which sorts on the server.
class SecretFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SecretFilterProxyModel(QObject *parent = nullptr);

    // Case-insensitive match on name, template and folder path.
    void setQuickText(const QString &text);
    QString quickText() const { return m_quickText; }
    void setOnlyRestricted(bool only);
    bool onlyRestricted() const { return m_onlyRestricted; }
    void setOnlyCheckedOut(bool only);
    bool onlyCheckedOut() const { return m_onlyCheckedOut; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_quickText;
    bool m_onlyRestricted = false;
    bool m_onlyCheckedOut = false;
};
