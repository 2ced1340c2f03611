using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

public sealed record OutcomeRateView(
    string Code,
    string Name,
    string Sha,
    string Indicator,
    string Rate,
    string PeerGroup,
    string PeerRate,
    string National,
    string TopDecile,
    string Quartile
);
