namespace WccAssure.Core.Model;

public enum ProvenanceKind
{
    Stated,
    Computed,
    Reconstructed,
}
