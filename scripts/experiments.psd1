# The declared set of experiments run by scripts/experiments.ps1 (dotnet pwsh ./build.ps1 Experiments).
# One hashtable per configuration. Name must be unique; Group is the comparison it belongs to (one
# validation-loss figure per group). Add a row to add an experiment: no code changes.
#
# Columns (all but Name and Group optional; a missing column takes Invoke-Training's default):
#   Data          Challenge (default): the challenge's 80/10/10 split of the 60,000 training images, seed 100,
#                 tested on its 6,000 test images.
#                 Official: trains on the official 60,000 with 10% carved out for validation (split 90/10/0,
#                 seed 100) and tests on the official 10,000 test images.
#   Hidden        hidden layer widths, e.g. 64, 32 (default 64,32)
#   Activation    ReLU | Sigmoid | Tanh (default ReLU)
#   Init          Normal | He | Xavier (default Normal)     InitScale  std of Normal (default 0.01)
#   Optimizer     Sgd | Momentum | Adam | AdamW (default Sgd)   Momentum  mu of Momentum (default 0.9)
#   LearningRate  (default 0.2)      Schedule  Constant | Step | Cosine (default Cosine)
#   Epochs (default 20)   BatchSize (default 128)   L2 (default 0)   Patience (0 = no early stopping)
#   Dropout (default 0)   AugmentShift (default 0)  AugmentFlip ($true/$false, default $false)
#   Seed (default 100): initial weights, shuffles, dropout, augmentation. The data split is always seed 100.
# A finished configuration is not rerun unless its row changes (or -Force).
@{
    Experiments = @(
        # Layer sizes, everything else the challenge's defaults.
        @{ Name = 'sizes-64-32'; Group = 'sizes'; Hidden = 64, 32 }
        @{ Name = 'sizes-128-64'; Group = 'sizes'; Hidden = 128, 64 }
        @{ Name = 'sizes-256-128'; Group = 'sizes'; Hidden = 256, 128 }

        # Hidden activation on 64/32.
        @{ Name = 'act-relu'; Group = 'activations'; Hidden = 64, 32; Activation = 'ReLU' }
        @{ Name = 'act-sigmoid'; Group = 'activations'; Hidden = 64, 32; Activation = 'Sigmoid' }
        @{ Name = 'act-tanh'; Group = 'activations'; Hidden = 64, 32; Activation = 'Tanh' }

        # Constant learning rate, plain SGD, 64/32.
        @{ Name = 'lr-0.01'; Group = 'learning-rates'; Hidden = 64, 32; Optimizer = 'Sgd'; Schedule = 'Constant'; LearningRate = 0.01 }
        @{ Name = 'lr-0.05'; Group = 'learning-rates'; Hidden = 64, 32; Optimizer = 'Sgd'; Schedule = 'Constant'; LearningRate = 0.05 }
        @{ Name = 'lr-0.1'; Group = 'learning-rates'; Hidden = 64, 32; Optimizer = 'Sgd'; Schedule = 'Constant'; LearningRate = 0.1 }
        @{ Name = 'lr-0.2'; Group = 'learning-rates'; Hidden = 64, 32; Optimizer = 'Sgd'; Schedule = 'Constant'; LearningRate = 0.2 }
        @{ Name = 'lr-0.5'; Group = 'learning-rates'; Hidden = 64, 32; Optimizer = 'Sgd'; Schedule = 'Constant'; LearningRate = 0.5 }

        # Regularisation on a setup that overfits: 256/128 with Adam at a constant 0.001 for 40 epochs reaches its
        # lowest validation loss early and then climbs. L2 (added to the gradient) and dropout hold it back.
        @{ Name = 'reg-none'; Group = 'regularisation'; Hidden = 256, 128; Init = 'He'; Optimizer = 'Adam'; LearningRate = 0.001; Schedule = 'Constant'; Epochs = 40 }
        @{ Name = 'reg-l2-1e-4'; Group = 'regularisation'; Hidden = 256, 128; Init = 'He'; Optimizer = 'Adam'; LearningRate = 0.001; Schedule = 'Constant'; Epochs = 40; L2 = 0.0001 }
        @{ Name = 'reg-dropout-0.3'; Group = 'regularisation'; Hidden = 256, 128; Init = 'He'; Optimizer = 'Adam'; LearningRate = 0.001; Schedule = 'Constant'; Epochs = 40; Dropout = 0.3 }

        # Early stopping on the same overfitting setup: patience 3 stops soon after the best epoch and keeps its weights.
        @{ Name = 'es-off'; Group = 'early-stopping'; Hidden = 256, 128; Init = 'He'; Optimizer = 'Adam'; LearningRate = 0.001; Schedule = 'Constant'; Epochs = 40; Patience = 0 }
        @{ Name = 'es-patience-3'; Group = 'early-stopping'; Hidden = 256, 128; Init = 'He'; Optimizer = 'Adam'; LearningRate = 0.001; Schedule = 'Constant'; Epochs = 40; Patience = 3 }

        # Optimizers, each at a learning rate that suits it, cosine schedule, 64/32, He init.
        @{ Name = 'opt-sgd'; Group = 'optimizers'; Hidden = 64, 32; Init = 'He'; Optimizer = 'Sgd'; LearningRate = 0.1 }
        @{ Name = 'opt-momentum'; Group = 'optimizers'; Hidden = 64, 32; Init = 'He'; Optimizer = 'Momentum'; Momentum = 0.9; LearningRate = 0.01 }
        @{ Name = 'opt-adam'; Group = 'optimizers'; Hidden = 64, 32; Init = 'He'; Optimizer = 'Adam'; LearningRate = 0.001 }

        # The best configuration found, on the official train/test sets: a wider network, AdamW (decoupled weight
        # decay 0.1), dropout 0.3 on the hidden units, 70 epochs of cosine decay. Chosen on the validation part
        # (10% of the official 60,000): among the candidates tried it had the best validation accuracy.
        @{
            Name = 'best-official'; Group = 'best'; Data = 'Official'
            Hidden = 512, 256; Activation = 'ReLU'; Init = 'He'; Optimizer = 'AdamW'; LearningRate = 0.001; Schedule = 'Cosine'
            Epochs = 70; Dropout = 0.3; L2 = 0.1; AugmentShift = 0; AugmentFlip = $false
        }
    )
}
