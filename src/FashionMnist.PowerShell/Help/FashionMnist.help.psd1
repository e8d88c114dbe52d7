# The readable source of the module's help. Build-Help.ps1 joins it with the parameters of the built
# cmdlets (type, position, pipeline input come from the code) into en-US/FashionMnist.PowerShell.dll-Help.xml.
@{
    FileParameters = @{
        Path        = 'The file to write. A relative path is taken from the current PowerShell location. The parent folder is created. Omitted: the default named in the description.'
        LiteralPath = 'The file to write, used exactly as typed (no wildcard characters interpreted).'
        Force       = 'Overwrite the file even when it is read-only.'
        NoClobber   = 'Do not overwrite an existing file: write a FileExists error instead.'
        PassThru    = 'Output the FileInfo of the file written.'
        WhatIf      = 'Show which file would be written, without writing it.'
        Confirm     = 'Ask before writing the file.'
    }

    Cmdlets = @{
        'Import-FashionData' = @{
            Synopsis    = 'Reads Fashion-MNIST images and labels into a dataset.'
            Description = 'Reads the official IDX files (gzipped or not) or the challenge CSV (label,pixel1..pixel784, header optional, gzipped or not). Without -Path it searches, in order: $env:FASHION_MNIST_DIR, ./data of the current location, /usr/share/datasets/fashion-mnist. The dataset keeps raw pixels 0-255; its default view shows Count, Shape (as X_raw.shape) and the number of images per class. A missing file is a DataNotFound error; a malformed one is InvalidDataFile, naming the file, the row or byte offset, what was expected and what was found.'
            Parameters  = @{
                Path = 'A .csv or .csv.gz file, an *-images-idx3-ubyte[.gz] file (its labels file is found beside it), or a folder holding the official files. Accepts FileInfo objects from the pipeline.'
                Set  = 'Which official set to read from a folder: Train (60,000 images) or Test (10,000 images). Ignored for an explicit file.'
            }
            Examples    = @(
                @{ Code = '$data = Import-FashionData'; Remarks = 'Loads the 60,000 training images from the default location and shows Count 60000, Shape (60000, 784) and 6000 images per class.' }
                @{ Code = 'Import-FashionData -Path data/train.csv'; Remarks = 'Reads the challenge CSV, as the challenge reads data/train.csv.' }
                @{ Code = 'Import-FashionData -Set Test'; Remarks = 'Loads the 10,000 official test images.' }
            )
        }
        'Split-FashionData' = @{
            Synopsis    = 'Splits a dataset into train, validation and test parts with one seeded shuffle.'
            Description = 'Shuffles the image indices with the seed, then takes the first floor(n*Train) as the training part, the next floor(n*Valid) as the validation part and the rest as the test part (the challenge''s step 2c: 60,000 images give 48,000/6,000/6,000). Fractions that do not sum to 1 are an InvalidSplit error.'
            Parameters  = @{
                Data  = 'The dataset to split, usually from Import-FashionData through the pipeline.'
                Train = 'Fraction of the images for training, 0 to 1. Default 0.8.'
                Valid = 'Fraction for validation (early stopping and loss_val), 0 to 1. Default 0.1.'
                Test  = 'Fraction held out for the final test, 0 to 1. Default 0.1.'
                Seed  = 'Seed of the shuffle; the same seed gives the same split. Default 100.'
            }
            Examples    = @(
                @{ Code = '$split = Import-FashionData | Split-FashionData -Train 0.8 -Valid 0.1 -Test 0.1 -Seed 100'; Remarks = 'The challenge''s split: 48000 training, 6000 validation and 6000 test images.' }
            )
        }
        'New-Mlp' = @{
            Synopsis    = 'Creates a multilayer perceptron with freshly drawn weights.'
            Description = 'Builds a 784 -> hidden... -> 10 network with the given hidden activation and a softmax output, draws its weights from the seed and sets its biases to 0 (the challenge''s init_params). The default view lists each layer with its weight shape and parameter count: 784-64-32-10 has 50240, 2080 and 330 parameters.'
            Parameters  = @{
                Hidden     = 'Widths of the hidden layers, input side first, each 1 or more. Default 64,32.'
                Activation = 'Non-linearity of the hidden layers: ReLU, Sigmoid or Tanh. Default ReLU.'
                Init       = 'How weights are drawn: Normal (N(0,1) times -InitScale), He (sqrt(2/fan_in)) or Xavier (sqrt(2/(fan_in+fan_out))). Default Normal.'
                InitScale  = 'Standard deviation of the Normal initialisation. Default 0.01, the challenge''s small weights.'
                Seed       = 'Seed of the initial weights. Default 100.'
            }
            Examples    = @(
                @{ Code = 'New-Mlp -Hidden 64,32 -Activation ReLU -InitScale 0.01 -Seed 100'; Remarks = 'The challenge''s network; prints each layer (784 x 64: 50240, 64 x 32: 2080, 32 x 10: 330) and 52650 parameters in all.' }
                @{ Code = 'New-Mlp -Hidden 128,64 -Activation Sigmoid -Init Xavier'; Remarks = 'A wider network with sigmoid units.' }
            )
        }
        'Invoke-Training' = @{
            Synopsis    = 'Trains a multilayer perceptron with mini-batches and outputs the run.'
            Description = 'Each epoch reshuffles the training part, then for every mini-batch runs forward, cross-entropy loss, backpropagation and the optimiser update, and measures the validation part at the end of the epoch. Data comes from the pipeline or -Data: a DatasetSplit is used as is; a FashionDataset or a data file path is split 80/10/10 with seed 100; with no data at all the default data is loaded and split the challenge''s way. The model is copied, never changed. Progress (epoch, batch, loss, time left) is shown at most every 100 ms; -Verbose writes one line per epoch. The output is a TrainingResult holding the trained model, the history, the split it trained on and the accuracies of the final weights, so Measure-Mlp, Export-LossPlot, Export-ConfusionMatrix, Export-ErrorGrid and Export-Mlp work from it alone. Ctrl+C stops within one batch: PowerShell allows no output from a stopped pipeline, so the run so far (Stopped = Cancelled) is kept in $FashionMnistLastRun, which every run also updates, and a warning says so. A loss that becomes NaN or infinite stops with a TrainingDiverged error.'
            Parameters  = @{
                Data          = 'What to train on: a DatasetSplit (Split-FashionData), a FashionDataset (split 80/10/10, seed 100) or a path to data. Omitted: the default data with the challenge''s split.'
                Model         = 'The network to start from (New-Mlp or Import-Mlp). When given, -Hidden, -Activation, -Init and -InitScale are not used.'
                Hidden        = 'Widths of the hidden layers of a new network. Default 64,32.'
                Activation    = 'Hidden activation of a new network: ReLU, Sigmoid or Tanh. Default ReLU.'
                Init          = 'Weight initialisation of a new network: Normal, He or Xavier. Default Normal.'
                InitScale     = 'Standard deviation of the Normal initialisation. Default 0.01.'
                Epochs        = 'Passes over the training part. Default 20.'
                BatchSize     = 'Images per mini-batch. Default 128.'
                LearningRate  = 'Step size eta of the optimiser at the first epoch; above 0. Default 0.2 (with the Cosine schedule it decays towards 0 by the last epoch; a constant 0.01, the challenge skeleton''s value, barely learns in 20 epochs).'
                Optimizer     = 'Sgd (W -= eta*grad, the challenge''s update), Momentum, Adam or AdamW. Default Sgd.'
                Momentum      = 'Momentum coefficient mu of the Momentum optimiser, 0 to below 1. Default 0.9.'
                L2            = 'L2 penalty lambda on the weights (0 = off). With AdamW it is decoupled weight decay.'
                Patience      = 'Early stopping: stop after this many epochs without a lower validation loss and keep the best weights. 0 (default) = off.'
                Schedule      = 'Learning-rate schedule: Constant, Step (x0.1 every 10 epochs) or Cosine (half a cosine from the rate down to 0 over the epochs). Default Cosine.'
                Dropout       = 'Probability of dropping a hidden unit during training, 0 to 0.95 (0 = off).'
                AugmentShift  = 'Shift training images randomly by up to this many pixels (0 to 4, 0 = off).'
                AugmentFlip   = 'Flip half of the training images horizontally.'
                Seed          = 'Seed of the initial weights (new network), the shuffles, dropout and augmentation. Default 100.'
                Threads       = 'Threads used by the matrix products; results are identical for any value. Default 1 (on shared 2-core machines a second thread was measured to slow training down; try 2 or more where cores are idle).'
            }
            Examples    = @(
                @{ Code = 'Invoke-Training -Hidden 128,64 | Export-LossPlot'; Remarks = 'Trains 784-128-64-10 on the default data with the challenge''s split and writes figs/fig_fm_loss_train_val.png.' }
                @{ Code = '$run = $split | Invoke-Training -Model $mlp -LearningRate 0.1 -BatchSize 128 -Epochs 20 -Verbose'; Remarks = 'Trains the network from New-Mlp on a split, printing loss_train and loss_val of every epoch.' }
                @{ Code = 'Import-FashionData | Split-FashionData -Seed 100 | Invoke-Training -Epochs 30 -Optimizer Adam -LearningRate 0.001 -Patience 3'; Remarks = 'Adam with early stopping: training ends after 3 epochs without a better validation loss, keeping the best weights.' }
                @{ Code = '$FashionMnistLastRun | Measure-Mlp -Set Test'; Remarks = 'After Ctrl+C: the run so far is in $FashionMnistLastRun.' }
            )
        }
        'Measure-Mlp' = @{
            Synopsis    = 'Measures a model: accuracy, loss, confusion matrix and per-class precision and recall.'
            Description = 'Runs the model forward over a set and outputs an MlpEvaluation: accuracy, mean cross-entropy loss, the number of errors, the confusion matrix (rows = actual class, columns = predicted class) and precision, recall and F1 of each class. From a run (Invoke-Training), -Set picks the part of the split it trained on; -Data measures on any dataset.'
            Parameters  = @{
                Run     = 'A TrainingResult from Invoke-Training.'
                Model   = 'A model from New-Mlp or Import-Mlp (needs -Data).'
                Set     = 'Which part of the run''s split: Train, Valid or Test. Default Test.'
                Data    = 'A dataset to measure on instead of a part of the split.'
                Threads = 'Threads used by the matrix products; results are identical for any value. Default 1.'
            }
            Examples    = @(
                @{ Code = '$run | Measure-Mlp -Set Test'; Remarks = 'Test accuracy and confusion matrix of a run.' }
                @{ Code = 'Import-Mlp model.fmlp | Measure-Mlp -Data (Import-FashionData -Set Test)'; Remarks = 'A saved model on the 10,000 official test images.' }
                @{ Code = 'echo Train Valid Test | % { $run | Measure-Mlp -Set $_ } | Format-Table Set, Accuracy, Loss'; Remarks = 'Accuracy on train, validation and test in one table.' }
            )
        }
        'Export-LossPlot' = @{
            Synopsis    = 'Draws loss_train and loss_val per epoch of a run.'
            Description = 'Writes the training and validation loss curves of a run as a PNG (default figs/fig_fm_loss_train_val.png), or as an interactive HTML chart when the path ends in .html. Written atomically.'
            Parameters  = @{
                Run   = 'A TrainingResult from Invoke-Training.'
                Title = 'Title of the figure. Default: the architecture and activation.'
            }
            Examples    = @(
                @{ Code = 'Invoke-Training -Hidden 128,64 | Export-LossPlot'; Remarks = 'Trains and writes figs/fig_fm_loss_train_val.png.' }
                @{ Code = '$run | Export-LossPlot -Path figs/loss.html -PassThru'; Remarks = 'An interactive chart; outputs the file written.' }
            )
        }
        'Export-ConfusionMatrix' = @{
            Synopsis    = 'Draws the confusion matrix of a run or an evaluation as a heat map.'
            Description = 'From a run, measures its model on the test part of its split (or -Set) and draws the confusion matrix (default figs/fig_fm_confusion_matrix.png); from a Measure-Mlp result, draws that. A path ending in .html gives an interactive chart.'
            Parameters  = @{
                Run        = 'A TrainingResult from Invoke-Training.'
                Evaluation = 'An MlpEvaluation from Measure-Mlp.'
                Set        = 'Which part of the run''s split to measure: Train, Valid or Test. Default Test.'
                Title      = 'Title of the figure. Default: the set and its accuracy.'
            }
            Examples    = @(
                @{ Code = '$run | Export-ConfusionMatrix'; Remarks = 'Writes figs/fig_fm_confusion_matrix.png for the test part.' }
                @{ Code = '$run | Measure-Mlp -Set Valid | Export-ConfusionMatrix -Path figs/confusion_valid.html'; Remarks = 'An interactive chart of the validation set.' }
            )
        }
        'Export-ErrorGrid' = @{
            Synopsis    = 'Draws misclassified images in a grid titled Real=..., Pred=....'
            Description = 'Takes the first Rows x Columns misclassified images of a run''s test part (or of a Measure-Mlp result) and draws them with their actual and predicted class (default 12 errors in 3 x 4, figs/fig_fm_errores_grid.png). When the model makes no error, a warning is written and no file.'
            Parameters  = @{
                Run        = 'A TrainingResult from Invoke-Training.'
                Evaluation = 'An MlpEvaluation from Measure-Mlp.'
                Set        = 'Which part of the run''s split: Train, Valid or Test. Default Test.'
                Rows       = 'Rows of the grid. Default 3.'
                Columns    = 'Columns of the grid. Default 4.'
            }
            Examples    = @(
                @{ Code = '$run | Export-ErrorGrid'; Remarks = 'Writes figs/fig_fm_errores_grid.png with 12 test errors.' }
            )
        }
        'Export-SampleGrid' = @{
            Synopsis    = 'Draws images of a dataset in a grid titled with their class names.'
            Description = 'Draws the chosen images (default: the first Rows x Columns) in a grid, each titled with its class name (default 2 x 5, figs/fig_fm_10_ejemplos.png: the challenge''s first 10 examples). Without a dataset, the default data is loaded.'
            Parameters  = @{
                Data    = 'The dataset to draw from. Omitted: the default data.'
                Index   = 'Indices of the images to draw. Default: 0 to Rows x Columns - 1.'
                Rows    = 'Rows of the grid. Default 2.'
                Columns = 'Columns of the grid. Default 5.'
                Title   = 'Title above the grid.'
            }
            Examples    = @(
                @{ Code = 'Import-FashionData | Export-SampleGrid'; Remarks = 'The first 10 training images in 2 x 5: figs/fig_fm_10_ejemplos.png.' }
                @{ Code = '$data | Export-SampleGrid -Index (0..15) -Rows 4 -Columns 4 -Path figs/sixteen.png'; Remarks = 'Sixteen images in 4 x 4.' }
            )
        }
        'Export-PixelValues' = @{
            Synopsis    = 'Draws one image with each pixel''s value (0-255) printed on its cell.'
            Description = 'Draws the 28 x 28 image at -Index with its grey values written on the cells (default image 0, figs/fig_fm_imagen_0_con_valores.png). Without a dataset, the default data is loaded.'
            Parameters  = @{
                Data  = 'The dataset to draw from. Omitted: the default data.'
                Index = 'Index of the image. Default 0.'
            }
            Examples    = @(
                @{ Code = 'Import-FashionData | Export-PixelValues'; Remarks = 'Image 0 (an ankle boot) with its pixel values: figs/fig_fm_imagen_0_con_valores.png.' }
            )
        }
        'Export-Mlp' = @{
            Synopsis    = 'Saves a model to a checksummed .fmlp file.'
            Description = 'Writes the architecture, activation, class names, training settings and every weight and bias, followed by a SHA-256 checksum, so Import-Mlp detects a truncated or corrupt file. A run from Invoke-Training binds its Model and Options by property name. Default path: model.fmlp in the current location.'
            Parameters  = @{
                Model   = 'The model to save (New-Mlp, Import-Mlp, or the Model of a run).'
                Options = 'Training settings recorded in the file (a run''s Options).'
            }
            Examples    = @(
                @{ Code = '$run | Export-Mlp -Path model.fmlp'; Remarks = 'Saves the trained model of a run with its training settings.' }
            )
        }
        'Import-Mlp' = @{
            Synopsis    = 'Reads a model saved by Export-Mlp.'
            Description = 'Reads a .fmlp file, checks its checksum, format version and shape, and outputs the model. A missing file is ModelFileNotFound; a corrupt, truncated or wrong-shaped one is ModelFileInvalid, naming the byte offset and what was expected.'
            Parameters  = @{
                Path = 'The .fmlp file. A relative path is taken from the current location. Accepts FileInfo objects from the pipeline.'
            }
            Examples    = @(
                @{ Code = '$mlp = Import-Mlp model.fmlp'; Remarks = 'Loads a saved model.' }
                @{ Code = 'Get-ChildItem models/*.fmlp | Import-Mlp | Measure-Mlp -Data $test'; Remarks = 'Measures every saved model on a test set.' }
            )
        }
        'Export-FashionCsv' = @{
            Synopsis    = 'Writes a dataset as the challenge''s CSV.'
            Description = 'Writes one image a row as label,pixel1..pixel784 with a header line (default data/train.csv in the current location, so the challenge can read it literally). A path ending in .gz is gzipped. Written atomically.'
            Parameters  = @{
                Data     = 'The dataset to write.'
                NoHeader = 'Leave out the header line.'
            }
            Examples    = @(
                @{ Code = 'Import-FashionData | Export-FashionCsv'; Remarks = 'Writes data/train.csv from the official training files.' }
            )
        }
    }
}
